using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Registry;

namespace Autoscaler.Controller.Policy;

/// <summary>One pass over a snapshot: health verdicts and the counts the capacity rules work with.</summary>
/// <remarks>
/// Servers are named by their position in <see cref="Servers"/>, not copied: a <see cref="ServerView"/> is a large struct
/// and a fleet has many thousands of them.
/// </remarks>
internal sealed class FleetTally
{
    private FleetTally(IReadOnlyList<ServerView> servers)
    {
        Servers = servers;
        Serving = new List<int>(servers.Count);
    }

    /// <summary>The snapshot's servers, which <see cref="Serving"/> and <see cref="Draining"/> index.</summary>
    public IReadOnlyList<ServerView> Servers { get; }

    /// <summary>Positions of the healthy ready servers taking players, in snapshot order.</summary>
    public List<int> Serving { get; }

    /// <summary>Positions of the healthy draining servers (candidates for undrain or deletion), in snapshot order.</summary>
    public List<int> Draining { get; } = [];

    public List<ServerAction> Reboot { get; } = [];

    public List<ServerAction> Replace { get; } = [];

    /// <summary>Players on serving servers.</summary>
    public int ServingPlayers { get; set; }

    /// <summary>Players still on healthy draining servers; they want a serving slot again when their match ends.</summary>
    public int DrainingPlayers { get; set; }

    /// <summary>Players the serving capacity must cover: those seated on serving and on draining servers.</summary>
    public int DemandPlayers => ServingPlayers + DrainingPlayers;

    /// <summary>Slots of serving servers plus those on the way.</summary>
    public int ServingCapacity { get; set; }

    /// <summary>Slots of servers requested, building or booting.</summary>
    public int OnTheWayCapacity { get; private set; }

    /// <summary>Servers requested, building or booting (creates in flight).</summary>
    public int InFlight { get; private set; }

    /// <summary>Servers that count toward the minimum: serving, on the way, or being rebooted.</summary>
    public int ActiveCount { get; set; }

    /// <summary>Servers that exist or may exist, except those being deleted or replaced (what the maximum bounds).</summary>
    public int LiveCount { get; private set; }

    public static FleetTally Count(FleetSnapshot snapshot, FleetOptions options, DateTimeOffset now)
    {
        var servers = snapshot.Servers;
        var tally = new FleetTally(servers);
        for (var position = 0; position < servers.Count; position++)
        {
            var server = servers[position];
            if (server.State is ServerState.Deleting or ServerState.Deleted)
            {
                continue;
            }

            var (verdict, reason) = ServerHealth.Judge(server, options, now);
            if (verdict == HealthVerdict.Replace)
            {
                tally.Replace.Add(new ServerAction(server.Id, reason));
                continue;
            }

            tally.LiveCount++;
            if (verdict == HealthVerdict.Reboot)
            {
                tally.Reboot.Add(new ServerAction(server.Id, reason));
                if (server.State != ServerState.Draining)
                {
                    tally.ActiveCount++;
                }

                continue;
            }

            switch (server.State)
            {
                case ServerState.Requested or ServerState.Building or ServerState.Booting:
                    tally.InFlight++;
                    if (!server.CreateUncertain)
                    {
                        var slots = server.State == ServerState.Requested ? options.SlotsPerServer : server.Capacity;
                        tally.OnTheWayCapacity += slots;
                        tally.ServingCapacity += slots;
                        tally.ActiveCount++;
                    }

                    break;
                case ServerState.Ready:
                    tally.Serving.Add(position);
                    tally.ServingPlayers += server.Players;
                    tally.ServingCapacity += server.Capacity;
                    tally.ActiveCount++;
                    break;
                case ServerState.Draining:
                    tally.Draining.Add(position);
                    tally.DrainingPlayers += server.Players;
                    break;
                case ServerState.Rebooting:
                    tally.ActiveCount++;
                    break;
            }
        }

        return tally;
    }
}
