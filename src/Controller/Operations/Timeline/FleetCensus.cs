using Autoscaler.Controller.Policy;
using Autoscaler.Controller.Registry;

namespace Autoscaler.Controller.Operations.Timeline;

/// <summary>A fleet counted at one moment: servers by state, players and free slots on ready servers.</summary>
/// <param name="Fleet">The fleet's name.</param>
/// <param name="At">When it was counted.</param>
/// <param name="ByState">Servers per lifecycle state (Deleted never counted); indexed by <see cref="ServerState"/>.</param>
/// <param name="Players">Players on all servers.</param>
/// <param name="ReadyPlayers">Players on ready servers.</param>
/// <param name="ReadyCapacity">Player slots on ready servers.</param>
internal sealed record FleetCensus(string Fleet, DateTimeOffset At, int[] ByState, int Players, int ReadyPlayers, int ReadyCapacity)
{
    /// <summary>Every state a live server can be in, in lifecycle order.</summary>
    public static IReadOnlyList<ServerState> LiveStates { get; } =
        [.. Enum.GetValues<ServerState>().Where(s => s != ServerState.Deleted)];

    /// <summary>Servers that are not deleted.</summary>
    public int Servers => ByState.Sum();

    /// <summary>Free slots on ready servers (never below zero).</summary>
    public int FreeSlots => Math.Max(0, ReadyCapacity - ReadyPlayers);

    /// <summary>Counts a fleet's servers from their views.</summary>
    public static FleetCensus Count(string fleet, DateTimeOffset at, IEnumerable<ServerView> servers)
    {
        ArgumentNullException.ThrowIfNull(servers);
        var byState = new int[Enum.GetValues<ServerState>().Length];
        int players = 0, readyPlayers = 0, readyCapacity = 0;
        foreach (var server in servers)
        {
            if (server.State == ServerState.Deleted)
            {
                continue;
            }

            byState[(int)server.State]++;
            players += server.Players;
            if (server.State == ServerState.Ready)
            {
                readyPlayers += server.Players;
                readyCapacity += server.Capacity;
            }
        }

        return new FleetCensus(fleet, at, byState, players, readyPlayers, readyCapacity);
    }

    /// <summary>Counts a fleet straight from the live registry.</summary>
    public static FleetCensus Count(FleetRegistry registry, string fleet, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return Count(fleet, at, registry.Fleet(fleet).Servers.Values.Select(s => s.View()));
    }

    /// <summary>Servers in one state.</summary>
    public int InState(ServerState state) => ByState[(int)state];
}
