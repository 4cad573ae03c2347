using Autoscaler.Simulator.Fleet;

namespace Autoscaler.Simulator.Policies;

/// <summary>A policy evaluated on a fixed timer (the first evaluation at the first step), as Agones and RakNet do.</summary>
internal abstract class IntervalPolicy(TimeSpan interval) : IPolicyRunner
{
    private double _nextEvaluation = double.NegativeInfinity;

    public abstract string Name { get; }

    public abstract string Description { get; }

    public TimeSpan Interval { get; } = interval;

    public ValueTask StepAsync(SimulatedFleet fleet, double now, CancellationToken cancellationToken)
    {
        Step(fleet, now);
        return ValueTask.CompletedTask;
    }

    public virtual void Step(SimulatedFleet fleet, double now)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        if (now < _nextEvaluation)
        {
            return;
        }

        var delay = Evaluate(fleet, now);
        _nextEvaluation = now + Math.Max(Interval.TotalSeconds, delay.TotalSeconds);
    }

    /// <summary>Evaluates the policy; returns how long to wait before the next evaluation if longer than the interval.</summary>
    protected abstract TimeSpan Evaluate(SimulatedFleet fleet, double now);
}
