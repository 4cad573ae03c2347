using System.Globalization;
using System.Text;
using Autoscaler.Harness;

namespace Autoscaler.Benchmarks.Reaction;

/// <summary>The figures of a reaction run as printed and written to JSON (milliseconds; percentiles by nearest rank).</summary>
/// <remarks>The segments split each reaction by the controller's own log times: report to the early fire (report
/// transport, registry, Quartz TriggerJob returning), fire to the decision (the job starting, snapshot, Decide), and
/// decision to the create's arrival (the operation log's durable write, then the Rackspace client's request).</remarks>
internal sealed record ReactionReport(
    int Samples,
    double P50Ms,
    double P99Ms,
    double MaxMs,
    double MinMs,
    double MeanMs,
    DateTimeOffset StartedAt,
    ReactionSegment? ReportToFire,
    ReactionSegment? FireToDecision,
    ReactionSegment? DecisionToCreate,
    IReadOnlyList<double> ReactionsMs)
{
    public static ReactionReport From(ReactionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var split = result.Samples.Where(s => s.FiredAt is not null && s.DecidedAt is not null).ToList();
        return new ReactionReport(
            result.Count,
            Ms(result.P50),
            Ms(result.P99),
            Ms(result.Max),
            Ms(result.Min),
            Ms(result.Mean),
            result.Samples[0].ReportSentAt,
            ReactionSegment.Of(split.Select(s => s.FiredAt!.Value - s.ReportSentAt)),
            ReactionSegment.Of(split.Select(s => s.DecidedAt!.Value - s.FiredAt!.Value)),
            ReactionSegment.Of(split.Select(s => s.CreateArrivedAt - s.DecidedAt!.Value)),
            [.. result.Samples.Select(s => Ms(s.Reaction))]);
    }

    public string ToText()
    {
        var text = new StringBuilder();
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"reaction (report that breaks the buffer -> CreateServer at the emulator), {Samples} samples:"));
        text.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"  p50 {P50Ms:0.0} ms   p99 {P99Ms:0.0} ms   max {MaxMs:0.0} ms   (min {MinMs:0.0} ms, mean {MeanMs:0.0} ms)"));
        Line(text, "report -> policy fired early", ReportToFire);
        Line(text, "fired -> decision", FireToDecision);
        Line(text, "decision -> create arrives", DecisionToCreate);
        return text.ToString();
    }

    private static void Line(StringBuilder text, string name, ReactionSegment? segment)
    {
        if (segment is not null)
        {
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-30} p50 {segment.P50Ms:0.0} ms   p99 {segment.P99Ms:0.0} ms   max {segment.MaxMs:0.0} ms   ({segment.Samples} samples)"));
        }
    }

    internal static double Ms(TimeSpan time) => Math.Round(time.TotalMilliseconds, 3);
}
