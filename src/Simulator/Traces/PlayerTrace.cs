namespace Autoscaler.Simulator.Traces;

/// <summary>A player-load curve: samples in increasing time, linearly interpolated between them.</summary>
/// <remarks>Before the first sample the first value holds; after the last sample the last value holds.</remarks>
internal sealed class PlayerTrace
{
    private readonly TraceSample[] _samples;

    public PlayerTrace(string name, IReadOnlyList<TraceSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count < 2)
        {
            throw new ArgumentException("A trace needs at least two samples.", nameof(samples));
        }

        for (var i = 1; i < samples.Count; i++)
        {
            if (samples[i].Seconds <= samples[i - 1].Seconds)
            {
                throw new ArgumentException($"Sample {i} is not later than sample {i - 1}.", nameof(samples));
            }
        }

        Name = name;
        _samples = [.. samples];
    }

    /// <summary>The trace's name (its file name, for reports).</summary>
    public string Name { get; }

    /// <summary>The trace's description: its first comment line, if any.</summary>
    public string Description { get; init; } = "";

    public IReadOnlyList<TraceSample> Samples => _samples;

    public double Start => _samples[0].Seconds;

    public double End => _samples[^1].Seconds;

    public TimeSpan Duration => TimeSpan.FromSeconds(End - Start);

    public double PeakPlayers => _samples.Max(s => s.Players);

    /// <summary>Players wanting to play at <paramref name="seconds"/>, linearly interpolated.</summary>
    public double PlayersAt(double seconds)
    {
        if (seconds <= _samples[0].Seconds)
        {
            return _samples[0].Players;
        }

        if (seconds >= _samples[^1].Seconds)
        {
            return _samples[^1].Players;
        }

        var index = Array.BinarySearch(_samples, new TraceSample(seconds, 0), SecondsComparer.Instance);
        if (index >= 0)
        {
            return _samples[index].Players;
        }

        var upper = ~index;
        var a = _samples[upper - 1];
        var b = _samples[upper];
        var fraction = (seconds - a.Seconds) / (b.Seconds - a.Seconds);
        return a.Players + (fraction * (b.Players - a.Players));
    }

    /// <summary>The first <paramref name="duration"/> of the trace (the whole trace when it is no longer), ending on a
    /// sample interpolated at its end.</summary>
    public PlayerTrace Truncate(TimeSpan duration)
    {
        if (duration <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), duration, "The duration must be positive.");
        }

        var end = Start + duration.TotalSeconds;
        if (end >= End)
        {
            return this;
        }

        List<TraceSample> samples = [.. _samples.TakeWhile(s => s.Seconds < end), new TraceSample(end, PlayersAt(end))];
        return new PlayerTrace(Name, samples) { Description = Description };
    }

    private sealed class SecondsComparer : IComparer<TraceSample>
    {
        public static readonly SecondsComparer Instance = new();

        public int Compare(TraceSample x, TraceSample y) => x.Seconds.CompareTo(y.Seconds);
    }
}
