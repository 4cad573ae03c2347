namespace Autoscaler.Harness;

/// <summary>Fill-first matchmaking: a joining player goes to the fullest server that is not draining and has a free
/// slot; a leaving player leaves a draining server first, else the emptiest occupied server.</summary>
public sealed class FillFirstSeating : ISeatingStrategy
{
    /// <summary>The one instance (the strategy has no state).</summary>
    public static FillFirstSeating Instance { get; } = new();

    /// <inheritdoc />
    public RunningGameServer? ChooseHost(IReadOnlyList<RunningGameServer> servers) => servers
        .Where(s => !s.Agent.IsDraining && s.Agent.Players < s.Agent.Capacity)
        .OrderByDescending(s => s.Agent.Players)
        .FirstOrDefault();

    /// <inheritdoc />
    public RunningGameServer ChooseLeaver(IReadOnlyList<RunningGameServer> occupied) => occupied
        .OrderBy(s => s.Agent.IsDraining ? 0 : 1)
        .ThenBy(s => s.Agent.Players)
        .First();
}
