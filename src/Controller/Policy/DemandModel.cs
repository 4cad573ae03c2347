using Autoscaler.Controller.Fleets;

namespace Autoscaler.Controller.Policy;

/// <summary>The serving capacity a number of players calls for: buffer, utilisation threshold and lead time.</summary>
/// <remarks>
/// The buffer is max(MinFreeSlots, the margin learnt from the fleet's forecast errors) when the fleet learns its buffer
/// and has learnt one, else max(MinFreeSlots, FreeSlotsPercent of the capacity).
/// </remarks>
internal sealed class DemandModel(FleetOptions options, FleetSnapshot snapshot)
{
    private readonly double? _learnt = options.AdaptiveBuffer ? snapshot.DemandMargin : null;

    /// <summary>The share of capacity players may fill before the buffer is short (the percentage rule, unless a learnt
    /// margin replaces it).</summary>
    public double FillableShare => _learnt is null ? 1 - (options.FreeSlotsPercent / 100) : 1;

    /// <summary>Players expected to arrive while one server boots (0 when the fleet is not growing).</summary>
    public double LeadPlayers { get; } =
        options.LeadTimeProvisioning && snapshot.JoinRatePerSecond > 0
            ? snapshot.JoinRatePerSecond * (snapshot.ObservedBootTime ?? options.ExpectedBootTime).TotalSeconds
            : 0;

    /// <summary>The capacity wanted for <paramref name="players"/>, the players waiting for a slot, and the lead time.</summary>
    /// <param name="players">Players seated (on serving and draining servers).</param>
    /// <param name="capacity">Serving capacity now (with servers on the way), to tell which rule falls short.</param>
    /// <param name="reason">The rule short of capacity: buffer or utilisation, or the lead time when only that is short.</param>
    public int RequiredCapacity(int players, int capacity, out DecisionReason reason)
    {
        var wanting = (double)players + snapshot.WaitingPlayers;
        var (withoutLead, rule) = Need(wanting);
        var withLead = LeadPlayers > 0 ? Need(wanting + LeadPlayers).Capacity : withoutLead;
        if (snapshot.WaitingPlayers > 0 && capacity < withoutLead)
        {
            rule = DecisionReason.PlayersWaiting;
        }

        reason = capacity < withoutLead ? rule : DecisionReason.LeadTime;
        return withLead;
    }

    private (int Capacity, DecisionReason Rule) Need(double players)
    {
        var buffer = players + Math.Max(options.MinFreeSlots, _learnt ?? 0);
        var percent = _learnt is null && options.FreeSlotsPercent > 0 ? players / (1 - (options.FreeSlotsPercent / 100)) : 0;
        var utilisation = options.ScaleUpUtilisation < 1 ? players / options.ScaleUpUtilisation : 0;
        var rule = utilisation > Math.Max(buffer, percent) ? DecisionReason.UtilisationHigh : DecisionReason.BufferShort;
        // A hair below the exact integer so 0.1 + 0.2 style noise never asks for a slot nobody needs.
        return ((int)Math.Ceiling(Math.Max(Math.Max(buffer, percent), utilisation) - 1e-9), rule);
    }
}
