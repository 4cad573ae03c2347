namespace Autoscaler.Controller.Registry;

/// <summary>The capacity the policy required at each recent decision, to shrink only to the highest of a window.</summary>
/// <remarks>
/// A stabilisation window (the approach of Kubernetes' HorizontalPodAutoscaler): the fleet may shrink to what every
/// decision of the last window would allow, so a dip shorter than the window never drains a server the next rise needs,
/// while a sustained fall is followed as soon as it has lasted one window, however many servers it frees and however
/// often the fleet grew meanwhile. Thread-safe.
/// </remarks>
internal sealed class RequiredCapacityWindow
{
    private readonly Queue<(DateTimeOffset At, int Required)> _decisions = new();
    private readonly Lock _gate = new();

    /// <summary>Records the capacity one decision required.</summary>
    public void Add(DateTimeOffset at, int required)
    {
        lock (_gate)
        {
            _decisions.Enqueue((at, required));
        }
    }

    /// <summary>The highest capacity required by the decisions within <paramref name="window"/> before <paramref name="now"/> (0 when none).</summary>
    public int Peak(DateTimeOffset now, TimeSpan window)
    {
        lock (_gate)
        {
            while (_decisions.Count > 0 && now - _decisions.Peek().At > window)
            {
                _decisions.Dequeue();
            }

            var peak = 0;
            foreach (var (_, required) in _decisions)
            {
                peak = Math.Max(peak, required);
            }

            return peak;
        }
    }
}
