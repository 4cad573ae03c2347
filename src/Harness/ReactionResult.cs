namespace Autoscaler.Harness;

/// <summary>The reaction times of a run and their summary (percentiles by the nearest-rank method).</summary>
public sealed class ReactionResult
{
    /// <summary>Summarises <paramref name="samples"/> (at least one).</summary>
    public ReactionResult(IReadOnlyList<ReactionSample> samples)
    {
        ArgumentNullException.ThrowIfNull(samples);
        if (samples.Count == 0)
        {
            throw new ArgumentException("A result needs at least one sample.", nameof(samples));
        }

        Samples = samples;
        var sorted = samples.Select(s => s.Reaction).Order().ToList();
        Min = sorted[0];
        P50 = Percentile(sorted, 0.50);
        P99 = Percentile(sorted, 0.99);
        Max = sorted[^1];
        Mean = TimeSpan.FromTicks((long)sorted.Average(t => t.Ticks));
    }

    /// <summary>Every sample, in the order taken.</summary>
    public IReadOnlyList<ReactionSample> Samples { get; }

    /// <summary>How many samples.</summary>
    public int Count => Samples.Count;

    /// <summary>The fastest reaction.</summary>
    public TimeSpan Min { get; }

    /// <summary>The median reaction (nearest rank).</summary>
    public TimeSpan P50 { get; }

    /// <summary>The 99th percentile reaction (nearest rank: the slowest sample below 100 samples).</summary>
    public TimeSpan P99 { get; }

    /// <summary>The slowest reaction.</summary>
    public TimeSpan Max { get; }

    /// <summary>The mean reaction.</summary>
    public TimeSpan Mean { get; }

    /// <summary>The nearest-rank percentile <paramref name="quantile"/> (0 to 1, exclusive of 0) of ascending values.</summary>
    public static TimeSpan Percentile(IReadOnlyList<TimeSpan> ascending, double quantile)
    {
        ArgumentNullException.ThrowIfNull(ascending);
        ArgumentOutOfRangeException.ThrowIfZero(ascending.Count);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(quantile, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quantile, 1);
        var rank = (int)Math.Ceiling(quantile * ascending.Count);
        return ascending[Math.Clamp(rank, 1, ascending.Count) - 1];
    }
}
