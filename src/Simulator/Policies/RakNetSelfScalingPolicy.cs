using System.Globalization;
using Autoscaler.Simulator.Fleet;

namespace Autoscaler.Simulator.Policies;

/// <summary>The rule of RakNet's AutopatcherServer_SelfScaling sample (shared/RACKSPACE-API.md).</summary>
/// <remarks>
/// The host polls the connection counts every 5 minutes, and waits 60 minutes after a spawn. spare = servers x capacity
/// - load; when negative it spawns ceil(-spare / capacity) servers, at most 4 at a time and 32 in total. A server
/// deletes itself after 12 hours with no users. Load is everyone who wants to play (a RakNet client connects to a
/// server before it is counted, so players without a slot still show up in the count); servers are those that report.
/// </remarks>
internal sealed class RakNetSelfScalingPolicy(int maxTotal, int maxPerSpawn, TimeSpan pollInterval, TimeSpan afterSpawn, TimeSpan idleTimeout)
    : IntervalPolicy(pollInterval)
{
    private readonly Dictionary<int, double> _emptySince = [];

    public override string Name => "raknet";

    public override string Description => string.Create(
        CultureInfo.InvariantCulture,
        $"RakNet self-scaling sample: poll {Interval.TotalMinutes:0} min ({afterSpawn.TotalMinutes:0} min after a spawn), spawn ceil(-spare/capacity) at most {maxPerSpawn} at a time, {maxTotal} in total, self-delete after {idleTimeout.TotalHours:0} h idle");

    /// <summary>The sample's rule: how many servers to spawn for a load on the reporting servers.</summary>
    public static int ServersToSpawn(int reportingServers, int slotsPerServer, int load, int liveServers, int maxTotal, int maxPerSpawn)
    {
        var spare = ((long)reportingServers * slotsPerServer) - load;
        if (spare >= 0)
        {
            return 0;
        }

        var wanted = (int)((-spare + slotsPerServer - 1) / slotsPerServer);
        return Math.Max(0, Math.Min(Math.Min(wanted, maxPerSpawn), maxTotal - liveServers));
    }

    public override void Step(SimulatedFleet fleet, double now)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        DeleteIdleServers(fleet, now);
        base.Step(fleet, now);
    }

    protected override TimeSpan Evaluate(SimulatedFleet fleet, double now)
    {
        var reporting = fleet.Live.Count(s => s.Phase is ServerPhase.Ready or ServerPhase.Draining);
        var spawn = ServersToSpawn(reporting, fleet.SlotsPerServer, fleet.Players.Wanting, fleet.Live.Count, maxTotal, maxPerSpawn);
        for (var i = 0; i < spawn; i++)
        {
            fleet.Create(now, "raknet: spare slots negative");
        }

        return spawn > 0 ? afterSpawn : TimeSpan.Zero;
    }

    private void DeleteIdleServers(SimulatedFleet fleet, double now)
    {
        List<SimServer>? idle = null;
        foreach (var server in fleet.Live)
        {
            if (server.Players > 0 || server.Phase != ServerPhase.Ready)
            {
                _emptySince.Remove(server.Id);
                continue;
            }

            if (!_emptySince.TryGetValue(server.Id, out var since))
            {
                _emptySince[server.Id] = now;
            }
            else if (now - since >= idleTimeout.TotalSeconds)
            {
                (idle ??= []).Add(server);
            }
        }

        foreach (var server in idle ?? [])
        {
            _emptySince.Remove(server.Id);
            fleet.Delete(server, now, "raknet: idle self-delete");
        }
    }
}
