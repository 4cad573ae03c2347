using System.Diagnostics;
using System.Diagnostics.Metrics;
using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Operations.Timeline;
using Autoscaler.Controller.Registry;

namespace Autoscaler.Controller.Operations.Telemetry;

/// <summary>The controller's own instruments (meter <see cref="MeterName"/>), exported at /metrics in Prometheus format.</summary>
/// <remarks>
/// Fleet gauges are read from the live registry at each scrape. Counters are fed by the agent gateway (reports,
/// streams), the cloud observer (calls and their latency) and the decision watcher (decisions by reason).
/// </remarks>
internal sealed class OperationsMetrics : IDisposable
{
    public const string MeterName = "Autoscaler.Controller";

    private readonly Meter _meter;
    private readonly Counter<long> _reports;
    private readonly Counter<long> _decisions;
    private readonly Counter<long> _cloudCalls;
    private readonly Histogram<double> _cloudLatency;
    private long _openStreams;

    public OperationsMetrics(IMeterFactory meters, FleetRegistry registry, FleetCatalog catalog, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(MeterName);
        _reports = _meter.CreateCounter<long>("autoscaler.agent.reports", "{report}", "Load reports received from agents.");
        _decisions = _meter.CreateCounter<long>("autoscaler.decisions", "{decision}", "Scaling decisions recorded, by fleet and reason.");
        _cloudCalls = _meter.CreateCounter<long>("autoscaler.cloud.calls", "{call}", "Cloud API operations completed, by operation and outcome.");
        _cloudLatency = _meter.CreateHistogram<double>("autoscaler.cloud.call.duration", "s", "Cloud API operation time, retries included.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
        _meter.CreateObservableGauge("autoscaler.agent.streams", () => Interlocked.Read(ref _openStreams), "{stream}", "Agent streams open (admitted sessions).");

        IEnumerable<FleetCensus> Censuses() => catalog.Names.Where(n => registry.Fleets.Any(f => f.Name == n))
            .Select(n => FleetCensus.Count(registry, n, time.GetUtcNow()));
        _meter.CreateObservableGauge("autoscaler.fleet.players", () => Censuses().Select(c => new Measurement<int>(c.Players, Fleet(c.Fleet))),
            "{player}", "Players on the fleet's servers.");
        _meter.CreateObservableGauge("autoscaler.fleet.free_slots", () => Censuses().Select(c => new Measurement<int>(c.FreeSlots, Fleet(c.Fleet))),
            "{slot}", "Free player slots on the fleet's ready servers.");
        _meter.CreateObservableGauge("autoscaler.fleet.slots", () => Censuses().Select(c => new Measurement<int>(c.ReadyCapacity, Fleet(c.Fleet))),
            "{slot}", "Player slots on the fleet's ready servers.");
        _meter.CreateObservableGauge("autoscaler.fleet.servers", () => Censuses().SelectMany(c => FleetCensus.LiveStates.Select(s =>
                new Measurement<int>(c.InState(s), new KeyValuePair<string, object?>("fleet", c.Fleet), new KeyValuePair<string, object?>("state", s.ToString())))),
            "{server}", "The fleet's servers by lifecycle state.");
    }

    public void Report(string fleet) => _reports.Add(1, Fleet(fleet));

    public void StreamOpened() => Interlocked.Increment(ref _openStreams);

    public void StreamClosed() => Interlocked.Decrement(ref _openStreams);

    public void Decision(string fleet, string reason, long count) =>
        _decisions.Add(count, new KeyValuePair<string, object?>("fleet", fleet), new KeyValuePair<string, object?>("reason", reason));

    public void CloudCall(string operation, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "operation", operation }, { "outcome", outcome } };
        _cloudCalls.Add(1, tags);
        _cloudLatency.Record(elapsed.TotalSeconds, tags);
    }

    public void Dispose() => _meter.Dispose();

    private static KeyValuePair<string, object?> Fleet(string fleet) => new("fleet", fleet);
}
