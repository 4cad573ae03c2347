using System.Diagnostics.Metrics;
using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Operations.Health;
using Autoscaler.Controller.Operations.Telemetry;
using Autoscaler.Controller.Registry;
using Autoscaler.RackspaceApi.Events;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Autoscaler.Controller.Tests.Operations;

/// <summary>Readiness of the cloud from the observed cloud calls, and the calls counted on the way.</summary>
public sealed class CloudReadinessTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 3, 12, 0, 0, TimeSpan.Zero));
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly OperationsMetrics _metrics;
    private readonly CloudCallObserver _observer;

    public CloudReadinessTests()
    {
        var catalog = FleetCatalog.Fixed(new Dictionary<string, FleetOptions>());
        var registry = new FleetRegistry(catalog, _time, NullLogger<FleetRegistry>.Instance);
        _metrics = new OperationsMetrics(_services.GetRequiredService<IMeterFactory>(), registry, catalog, _time);
        _observer = new CloudCallObserver(_metrics, _time);
    }

    [Fact]
    public async Task Check_NoCallYet_IsUnhealthy()
    {
        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
    }

    [Theory]
    [InlineData(200, true)]
    [InlineData(404, true)]
    [InlineData(503, false)]
    public async Task Check_LatestCallAnswered_HealthyBelow500(int status, bool healthy)
    {
        var error = status >= 400 ? new HttpRequestException("failed") : null;
        _observer.OnOperationCompleted(Record("ListServers", status, error));

        var result = await CheckAsync();

        Assert.Equal(healthy ? HealthStatus.Healthy : HealthStatus.Unhealthy, result.Status);
        Assert.Contains("ListServers", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_NoResponseAfterSuccess_IsUnhealthy()
    {
        _observer.OnOperationCompleted(Record("ListServers", 200, null));
        _observer.OnOperationCompleted(Record("CreateServer", null, new HttpRequestException("connection refused")));

        var result = await CheckAsync();

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("CreateServer", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void OnOperationCompleted_Call_CountsByOperationAndOutcome()
    {
        var seen = new List<(long Value, string Tags)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == OperationsMetrics.MeterName && instrument.Name == "autoscaler.cloud.calls")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
            seen.Add((value, string.Join(",", tags.ToArray().Select(t => $"{t.Key}={t.Value}")))));
        listener.Start();

        _observer.OnOperationCompleted(Record("DeleteServer", 202, null));

        Assert.Equal((1L, "operation=DeleteServer,outcome=success"), Assert.Single(seen));
    }

    public void Dispose()
    {
        _metrics.Dispose();
        _services.Dispose();
    }

    private Task<HealthCheckResult> CheckAsync() =>
        new CloudReadiness(_observer).CheckHealthAsync(new HealthCheckContext());

    private static RackspaceOperationRecord Record(string operation, int? status, Exception? error) =>
        new(operation, "GET", "/servers", default, status, "", TimeSpan.FromMilliseconds(12), error);
}
