using Autoscaler.Harness;

namespace Autoscaler.Benchmarks.Reaction;

/// <summary>One part of the reaction: p50, p99 and max (ms) over the samples whose controller log showed both ends.</summary>
internal sealed record ReactionSegment(int Samples, double P50Ms, double P99Ms, double MaxMs)
{
    public static ReactionSegment? Of(IEnumerable<TimeSpan> times)
    {
        var sorted = times.Order().ToList();
        return sorted.Count == 0
            ? null
            : new ReactionSegment(
                sorted.Count,
                ReactionReport.Ms(ReactionResult.Percentile(sorted, 0.50)),
                ReactionReport.Ms(ReactionResult.Percentile(sorted, 0.99)),
                ReactionReport.Ms(sorted[^1]));
    }
}
