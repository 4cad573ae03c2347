using System.Globalization;
using Autoscaler.Simulator.Fleet;

namespace Autoscaler.Simulator.Policies;

/// <summary>A fixed-size fleet: the servers are created at the start and never change (replaced only if deleted).</summary>
internal sealed class FixedFleetPolicy(int servers) : IPolicyRunner
{
    public string Name => "fixed";

    public string Description => string.Create(CultureInfo.InvariantCulture, $"fixed fleet of {Servers} servers");

    public int Servers { get; } = servers;

    public ValueTask StepAsync(SimulatedFleet fleet, double now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        for (var i = fleet.Live.Count; i < Servers; i++)
        {
            fleet.Create(now, "fixed: fleet below its size");
        }

        return ValueTask.CompletedTask;
    }
}
