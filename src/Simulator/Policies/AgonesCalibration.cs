using Autoscaler.Simulator.Scoring;
using Autoscaler.Simulator.Traces;

namespace Autoscaler.Simulator.Policies;

/// <summary>Finds the smallest Agones buffer with zero denied joins on a trace: the most favourable setting Agones could
/// have had, chosen with hindsight, so the comparison with the project's policy is against Agones at its best.</summary>
internal sealed class AgonesCalibration(FleetSimulation simulation, BaselineSettings settings)
{
    /// <summary>Runs the search and returns the chosen buffer's run (the buffer is in its description).</summary>
    public async Task<RunResult> CalibrateAsync(PlayerTrace trace, AgonesBufferMode mode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var slots = simulation.Options.SlotsPerServer;
        var ceiling = mode == AgonesBufferMode.Percent ? 99 : Math.Max(slots, settings.MaxServers * slots);
        var runs = new Dictionary<int, RunResult>();
        async Task<RunResult> RunWith(int buffer)
        {
            if (!runs.TryGetValue(buffer, out var run))
            {
                var policy = new AgonesBufferPolicy(mode, buffer, settings.MinServers, settings.MaxServers, settings.AgonesSyncPeriod);
                run = await simulation.RunAsync(trace, policy, null, cancellationToken).ConfigureAwait(false);
                runs[buffer] = run;
            }

            return run;
        }

        // Grow until a buffer denies nobody, then bisect between the last failing and the first passing size.
        var low = -1;
        var high = mode == AgonesBufferMode.Percent ? 5 : slots;
        while ((await RunWith(high).ConfigureAwait(false)).Score.DeniedJoins > 0)
        {
            if (high >= ceiling)
            {
                return Describe(await RunWith(high).ConfigureAwait(false), high, mode, found: false);
            }

            low = high;
            high = Math.Min(ceiling, high * 2);
        }

        while (high - low > 1)
        {
            var middle = low + ((high - low) / 2);
            if ((await RunWith(middle).ConfigureAwait(false)).Score.DeniedJoins > 0)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return Describe(await RunWith(high).ConfigureAwait(false), high, mode, found: true);
    }

    private static RunResult Describe(RunResult run, int buffer, AgonesBufferMode mode, bool found)
    {
        var unit = mode == AgonesBufferMode.Percent ? "%" : " slots";
        var how = found
            ? $"smallest buffer with zero denied joins on this trace, found by search: {buffer}{unit}"
            : $"no buffer up to {buffer}{unit} avoided denied joins";
        return run with { Description = $"{run.Description} ({how})" };
    }
}
