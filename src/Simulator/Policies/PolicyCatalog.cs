using Autoscaler.Simulator.Scoring;
using Autoscaler.Simulator.Traces;

namespace Autoscaler.Simulator.Policies;

/// <summary>Runs the policies a command asked for on one trace, all in the same world.</summary>
internal sealed class PolicyCatalog(FleetSimulation simulation, BaselineSettings settings)
{
    /// <summary>Runs one baseline by name; Agones buffers left unset are found by <see cref="AgonesCalibration"/>.</summary>
    public async Task<RunResult> RunBaselineAsync(string name, PlayerTrace trace, IProgress<double>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var slots = simulation.Options.SlotsPerServer;
        switch (name)
        {
            case PolicyNames.AgonesAbsolute when settings.AgonesBufferSlots is { } buffer:
                return await simulation.RunAsync(trace, Agones(AgonesBufferMode.Absolute, buffer), progress, cancellationToken).ConfigureAwait(false);
            case PolicyNames.AgonesAbsolute:
                return await new AgonesCalibration(simulation, settings).CalibrateAsync(trace, AgonesBufferMode.Absolute, cancellationToken).ConfigureAwait(false);
            case PolicyNames.AgonesPercent when settings.AgonesBufferPercent is { } percent:
                return await simulation.RunAsync(trace, Agones(AgonesBufferMode.Percent, percent), progress, cancellationToken).ConfigureAwait(false);
            case PolicyNames.AgonesPercent:
                return await new AgonesCalibration(simulation, settings).CalibrateAsync(trace, AgonesBufferMode.Percent, cancellationToken).ConfigureAwait(false);
            case PolicyNames.RakNet:
                var rakNet = new RakNetSelfScalingPolicy(settings.RakNetMaxTotal, 4, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(60), TimeSpan.FromHours(12));
                return await simulation.RunAsync(trace, rakNet, progress, cancellationToken).ConfigureAwait(false);
            case PolicyNames.Fixed:
                var size = settings.FixedServers ?? (int)Math.Ceiling(trace.PeakPlayers / slots);
                var run = await simulation.RunAsync(trace, new FixedFleetPolicy(Math.Max(1, size)), progress, cancellationToken).ConfigureAwait(false);
                return settings.FixedServers is null ? run with { Description = $"{run.Description} (sized for the trace's peak)" } : run;
            default:
                throw new ArgumentException($"Unknown baseline policy \"{name}\".", nameof(name));
        }
    }

    private AgonesBufferPolicy Agones(AgonesBufferMode mode, int buffer) =>
        new(mode, buffer, settings.MinServers, settings.MaxServers, settings.AgonesSyncPeriod);
}
