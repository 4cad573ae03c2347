using Autoscaler.Simulator.Scoring;
using Autoscaler.Simulator.Traces;

namespace Autoscaler.Simulator.Policies;

/// <summary>Runs the policies a command asked for on one trace, all in the same world.</summary>
internal sealed class PolicyCatalog(FleetSimulation simulation, BaselineSettings settings)
{
    /// <summary>Runs one baseline by name; Agones buffers left unset are found by <see cref="AgonesCalibration"/>.</summary>
    public RunResult RunBaseline(string name, PlayerTrace trace, IProgress<double>? progress)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var slots = simulation.Options.SlotsPerServer;
        switch (name)
        {
            case PolicyNames.AgonesAbsolute when settings.AgonesBufferSlots is { } buffer:
                return simulation.Run(trace, Agones(AgonesBufferMode.Absolute, buffer), progress);
            case PolicyNames.AgonesAbsolute:
                return new AgonesCalibration(simulation, settings).Calibrate(trace, AgonesBufferMode.Absolute);
            case PolicyNames.AgonesPercent when settings.AgonesBufferPercent is { } percent:
                return simulation.Run(trace, Agones(AgonesBufferMode.Percent, percent), progress);
            case PolicyNames.AgonesPercent:
                return new AgonesCalibration(simulation, settings).Calibrate(trace, AgonesBufferMode.Percent);
            case PolicyNames.RakNet:
                var rakNet = new RakNetSelfScalingPolicy(settings.RakNetMaxTotal, 4, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(60), TimeSpan.FromHours(12));
                return simulation.Run(trace, rakNet, progress);
            case PolicyNames.Fixed:
                var size = settings.FixedServers ?? (int)Math.Ceiling(trace.PeakPlayers / slots);
                var run = simulation.Run(trace, new FixedFleetPolicy(Math.Max(1, size)), progress);
                return settings.FixedServers is null ? run with { Description = $"{run.Description} (sized for the trace's peak)" } : run;
            default:
                throw new ArgumentException($"Unknown baseline policy \"{name}\".", nameof(name));
        }
    }

    private AgonesBufferPolicy Agones(AgonesBufferMode mode, int buffer) =>
        new(mode, buffer, settings.MinServers, settings.MaxServers, settings.AgonesSyncPeriod);
}
