using Autoscaler.Simulator.Traces;

namespace Autoscaler.Simulator;

/// <summary>Maps simulation steps to virtual time and demand: the warm-up steps, then the trace's span.</summary>
internal sealed class SimulationClock
{
    private readonly PlayerTrace _trace;

    public SimulationClock(PlayerTrace trace, SimulationOptions options)
    {
        ArgumentNullException.ThrowIfNull(trace);
        ArgumentNullException.ThrowIfNull(options);
        _trace = trace;
        StepSeconds = options.Step.TotalSeconds;
        WarmUpSteps = (long)Math.Ceiling(options.WarmUp.TotalSeconds / StepSeconds);
        ScoredSteps = Math.Max(1, (long)Math.Round((trace.End - trace.Start) / StepSeconds));
        TotalSteps = WarmUpSteps + ScoredSteps;
    }

    public double StepSeconds { get; }

    public long WarmUpSteps { get; }

    public long ScoredSteps { get; }

    public long TotalSteps { get; }

    /// <summary>Virtual seconds of a step, on the trace's time axis (negative during the warm-up).</summary>
    public double TimeOf(long step) => _trace.Start + ((step - WarmUpSteps) * StepSeconds);

    /// <summary>Players wanting to play at a step: the trace interpolated and rounded to whole players.</summary>
    public int DemandAt(long step) => (int)Math.Round(_trace.PlayersAt(TimeOf(step)), MidpointRounding.AwayFromZero);
}
