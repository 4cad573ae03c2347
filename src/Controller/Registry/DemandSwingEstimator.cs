namespace Autoscaler.Controller.Registry;

/// <summary>How much a fleet's demand swings within one boot time: the standard deviation of the change in players over
/// that horizon, about its recent mean.</summary>
/// <remarks>
/// Each sample adds one change, demand now minus demand one horizon ago (interpolated between samples). The mean change
/// (the trend, which lead-time provisioning already covers) is followed slowly; the spread about it rises within one
/// horizon when a larger swing arrives and falls back over <c>memory</c> (half-lives), so a burst raises the buffer at
/// once and calm lowers it patiently. Not thread-safe: the fleet's tick is its only caller.
/// </remarks>
internal sealed class DemandSwingEstimator
{
    private readonly Queue<(double Seconds, double Demand)> _samples = new();
    private DateTimeOffset? _origin;
    private double? _lastUpdate;
    private double _meanChange;
    private double _variance;

    /// <summary>Adds a sample and returns the current swing (players, one standard deviation; 0 until one horizon of history).</summary>
    public double Add(DateTimeOffset at, double demand, TimeSpan horizon, TimeSpan memory)
    {
        _origin ??= at;
        var now = (at - _origin.Value).TotalSeconds;
        var h = Math.Max(horizon.TotalSeconds, 1);
        _samples.Enqueue((now, demand));

        // Keep exactly one sample at or before (now - horizon), to interpolate from.
        while (_samples.Count > 2 && SecondOldest() <= now - h)
        {
            _samples.Dequeue();
        }

        var (oldestAt, oldestDemand) = _samples.Peek();
        if (now - oldestAt < h)
        {
            return Math.Sqrt(_variance);
        }

        var past = Interpolate(now - h, oldestAt, oldestDemand);
        var change = demand - past;
        var elapsed = _lastUpdate is { } last ? now - last : h;
        _lastUpdate = now;
        var slow = Weight(elapsed, memory.TotalSeconds);
        _meanChange += slow * (change - _meanChange);
        var deviation = (change - _meanChange) * (change - _meanChange);
        var rate = deviation > _variance ? Weight(elapsed, h) : slow;
        _variance += rate * (deviation - _variance);
        return Math.Sqrt(_variance);
    }

    private static double Weight(double elapsed, double halfLife) =>
        halfLife <= 0 ? 1 : 1 - Math.Pow(0.5, Math.Max(elapsed, 0) / halfLife);

    private double SecondOldest()
    {
        using var e = _samples.GetEnumerator();
        e.MoveNext();
        e.MoveNext();
        return e.Current.Seconds;
    }

    private double Interpolate(double at, double oldestAt, double oldestDemand)
    {
        var (beforeAt, beforeDemand) = (oldestAt, oldestDemand);
        foreach (var (t, d) in _samples)
        {
            if (t >= at)
            {
                return t <= beforeAt ? d : beforeDemand + ((d - beforeDemand) * (at - beforeAt) / (t - beforeAt));
            }

            (beforeAt, beforeDemand) = (t, d);
        }

        return beforeDemand;
    }
}
