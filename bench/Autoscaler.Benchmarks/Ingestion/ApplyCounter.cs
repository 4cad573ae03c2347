namespace Autoscaler.Benchmarks.Ingestion;

/// <summary>Counts reports applied by the registry and their lag (milliseconds), from many threads.</summary>
internal sealed class ApplyCounter(int lagCapacity)
{
    private readonly float[] _lags = new float[lagCapacity];
    private long _applied;
    private long _lagCount;

    public long Applied => Interlocked.Read(ref _applied);

    public void Record(double lagMilliseconds)
    {
        Interlocked.Increment(ref _applied);
        var index = Interlocked.Increment(ref _lagCount) - 1;
        if (index < _lags.Length)
        {
            _lags[index] = (float)lagMilliseconds;
        }
    }

    public void ResetLag() => Interlocked.Exchange(ref _lagCount, 0);

    /// <summary>Samples since the last reset, and their p50, p99 and maximum (nearest rank; NaN when none).</summary>
    public (long Samples, double P50, double P99, double Max) Lag()
    {
        var count = (int)Math.Min(Interlocked.Read(ref _lagCount), _lags.Length);
        if (count == 0)
        {
            return (0, double.NaN, double.NaN, double.NaN);
        }

        var sorted = _lags.AsSpan(0, count).ToArray();
        Array.Sort(sorted);
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p / 100 * count) - 1, 0, count - 1)];
        return (count, At(50), At(99), sorted[^1]);
    }
}
