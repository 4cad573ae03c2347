using Autoscaler.Simulator.Fleet;

namespace Autoscaler.Simulator.Players;

/// <summary>Chooses a server for a joining player among the servers that are ready, not draining and not full.</summary>
internal sealed class Matchmaker(MatchmakingMode mode)
{
    public MatchmakingMode Mode { get; } = mode;

    /// <summary>The server the player goes to, or null when no server has a free slot (a denied join).</summary>
    /// <remarks>Ties go to the oldest server, so a run is deterministic.</remarks>
    public SimServer? Choose(IReadOnlyList<SimServer> servers)
    {
        ArgumentNullException.ThrowIfNull(servers);
        SimServer? best = null;
        foreach (var server in servers)
        {
            if (!server.AcceptsPlayers)
            {
                continue;
            }

            if (best is null || IsBetter(server, best))
            {
                best = server;
            }
        }

        return best;
    }

    private bool IsBetter(SimServer candidate, SimServer best) => Mode switch
    {
        MatchmakingMode.FillFirst => candidate.Players > best.Players,
        MatchmakingMode.Spread => candidate.Players < best.Players,
        _ => throw new InvalidOperationException($"Unknown matchmaking mode {Mode}."),
    };
}
