using Autoscaler.Harness;
using Xunit.Abstractions;

namespace Autoscaler.EndToEnd.Tests;

/// <summary>The reaction benchmark on real processes: each sample's report causes exactly one create, and the summary
/// agrees with the samples. No wall-clock threshold is asserted here; the figures are in BENCHMARKS.md.</summary>
public sealed class ReactionTests(ITestOutputHelper output)
{
    [Fact]
    public async Task MeasureAsync_ThreeSamples_EachReportCausesOneCreateAndSummaryMatchesSamples()
    {
        var reported = new List<ReactionSample>();
        await using var bench = await ReactionBenchmark.StartAsync(new ReactionSettings { Samples = 3 });
        try
        {
            var result = await bench.MeasureAsync(new Collect(reported));

            Assert.Equal(3, result.Count);
            Assert.Equal(reported, result.Samples.Select(s => s with { FiredAt = null, DecidedAt = null }));
            Assert.Equal([0, 1, 2], result.Samples.Select(s => s.Index));
            Assert.All(result.Samples, s => Assert.Equal(202, s.CreateStatus));
            Assert.All(result.Samples, s => Assert.True(s.CreateArrivedAt > s.ReportSentAt, $"sample {s.Index}: the create arrived after the report"));
            Assert.Equal(3, result.Samples.Select(s => s.CloudServerId).Distinct().Count());
            var sorted = result.Samples.Select(s => s.Reaction).Order().ToList();
            Assert.Equal(sorted[0], result.Min);
            Assert.Equal(sorted[1], result.P50);
            Assert.Equal(sorted[2], result.P99);
            Assert.Equal(sorted[2], result.Max);

            // The controller's log shows the early fire and the decision inside each sample's window: the path measured.
            Assert.All(result.Samples, s => Assert.NotNull(s.FiredAt));
            Assert.All(result.Samples, s => Assert.NotNull(s.DecidedAt));

            // The first server and one per sample, each Ready in the controller.
            var servers = await bench.Controller.ServersAsync(ReactionBenchmark.Fleet);
            Assert.Equal(4, servers.Count);
            Assert.Equal(4, (await bench.Cloud.ServersAsync()).Count);
        }
        finally
        {
            output.WriteLine("samples:\n" + string.Join("\n", reported.Select(s => $"{s.Index}: {s.Reaction.TotalMilliseconds:0.0} ms")));
            output.WriteLine("controller:\n" + bench.Controller.Output);
            output.WriteLine("agents:\n" + bench.AgentLog);
        }
    }

    private sealed class Collect(List<ReactionSample> samples) : IProgress<ReactionSample>
    {
        public void Report(ReactionSample value) => samples.Add(value);
    }
}
