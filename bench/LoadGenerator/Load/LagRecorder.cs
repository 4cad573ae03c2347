namespace Autoscaler.LoadGenerator.Load;

/// <summary>Collects latency samples (milliseconds) into a preallocated buffer from many threads; keeps the first
/// <c>capacity</c> samples, which for a bounded run is all of them.</summary>
internal sealed class LagRecorder(int capacity)
{
    private readonly float[] _samples = new float[capacity];
    private long _count;

    public long Count => Math.Min(Interlocked.Read(ref _count), _samples.Length);

    public void Record(double milliseconds)
    {
        var index = Interlocked.Increment(ref _count) - 1;
        if (index < _samples.Length)
        {
            _samples[index] = (float)milliseconds;
        }
    }

    /// <summary>Forgets everything recorded (the end of a warm-up).</summary>
    public void Reset() => Interlocked.Exchange(ref _count, 0);

    /// <summary>The p-th percentile (0-100) of the recorded samples, nearest rank; NaN when nothing was recorded.</summary>
    public double Percentile(double p)
    {
        var count = (int)Count;
        if (count == 0)
        {
            return double.NaN;
        }

        var sorted = _samples.AsSpan(0, count).ToArray();
        Array.Sort(sorted);
        var rank = (int)Math.Ceiling(p / 100 * count) - 1;
        return sorted[Math.Clamp(rank, 0, count - 1)];
    }
}
