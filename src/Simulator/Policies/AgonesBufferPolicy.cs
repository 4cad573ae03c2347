using System.Globalization;
using Autoscaler.Simulator.Fleet;

namespace Autoscaler.Simulator.Policies;

/// <summary>The Agones fleet autoscaler's buffer policy, applied to player slots (its Counter form) on a 30 s timer.</summary>
/// <remarks>
/// Agones (pkg/fleetautoscalers): absolute buffer: desired = allocated + bufferSize; percent buffer:
/// desired = ceil(allocated x 100 / (100 - percent)); clamped to [min, max]; evaluated every sync period (30 s default),
/// timer only. Here "allocated" is the seated players and the result, in slots, is rounded up to whole servers.
/// Scale-down removes only servers with no players (Agones never deletes an Allocated game server): booting ones first,
/// then the newest ready ones, at once (Agones has no scale-down delay).
/// </remarks>
internal sealed class AgonesBufferPolicy(AgonesBufferMode mode, int bufferSize, int minServers, int maxServers, TimeSpan syncPeriod)
    : IntervalPolicy(syncPeriod)
{
    public override string Name => mode == AgonesBufferMode.Absolute ? "agones-absolute" : "agones-percent";

    public override string Description => string.Create(
        CultureInfo.InvariantCulture,
        $"Agones buffer policy, {(mode == AgonesBufferMode.Absolute ? $"bufferSize {bufferSize} slots" : $"bufferSize {bufferSize}%")}, min {minServers}, max {maxServers} servers, sync {Interval.TotalSeconds:0} s");

    /// <summary>The Agones formula: the servers wanted for <paramref name="allocatedSlots"/> seated players.</summary>
    public static int DesiredServers(AgonesBufferMode mode, int bufferSize, int allocatedSlots, int slotsPerServer, int minServers, int maxServers)
    {
        long desiredSlots = mode switch
        {
            AgonesBufferMode.Absolute => (long)allocatedSlots + bufferSize,
            AgonesBufferMode.Percent => (long)Math.Ceiling(allocatedSlots * 100.0 / (100 - bufferSize)),
            _ => throw new ArgumentOutOfRangeException(nameof(mode)),
        };
        var servers = (desiredSlots + slotsPerServer - 1) / slotsPerServer;
        return (int)Math.Clamp(servers, minServers, maxServers);
    }

    protected override TimeSpan Evaluate(SimulatedFleet fleet, double now)
    {
        var desired = DesiredServers(mode, bufferSize, fleet.Players.Seated, fleet.SlotsPerServer, minServers, maxServers);
        var current = fleet.Live.Count;
        for (var i = current; i < desired; i++)
        {
            fleet.Create(now, "agones: below desired replicas");
        }

        if (desired < current)
        {
            var surplus = current - desired;
            var empty = fleet.Live
                .Where(s => s.Players == 0)
                .OrderBy(s => s.Phase == ServerPhase.Booting ? 0 : 1)
                .ThenByDescending(s => s.Id)
                .Take(surplus)
                .ToList();
            foreach (var server in empty)
            {
                fleet.Delete(server, now, "agones: above desired replicas");
            }
        }

        return TimeSpan.Zero;
    }
}
