using System.Net;
using System.Text.Json;

namespace Autoscaler.Controller.Tests.Operations;

/// <summary>/healthz, /readyz and the Prometheus endpoint of the running controller.</summary>
[Collection(OperationsCollection.Name)]
public sealed class HealthAndMetricsTests(OperationsHost host)
{
    [Fact]
    public async Task Healthz_Running_Returns200()
    {
        using var response = await host.Http.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Readyz_AfterStart_ReportsDatabaseSchedulerAndCloudHealthy()
    {
        var body = await OperationsHost.EventuallyAsync(async () =>
        {
            using var response = await host.Http.GetAsync("/readyz");
            return (response.StatusCode, Text: await response.Content.ReadAsStringAsync());
        }, r => r.StatusCode == HttpStatusCode.OK);

        using var json = JsonDocument.Parse(body.Text);
        var checks = json.RootElement.GetProperty("checks");
        foreach (var name in new[] { "database", "scheduler", "cloud" })
        {
            Assert.Equal("Healthy", checks.GetProperty(name).GetProperty("status").GetString());
        }
    }

    [Fact]
    public async Task Metrics_AfterAgentsReport_ExposesFleetCloudDecisionAndAgentSeries()
    {
        // Agents report, the cloud is called and a decision is recorded within seconds of start.
        var text = await OperationsHost.EventuallyAsync(() => host.Http.GetStringAsync("/metrics"),
            t => t.Contains("autoscaler_agent_reports_total", StringComparison.Ordinal)
                && t.Contains("autoscaler_decisions_total", StringComparison.Ordinal));

        Assert.Contains("autoscaler_fleet_players{", text, StringComparison.Ordinal);
        Assert.Contains("autoscaler_fleet_free_slots{", text, StringComparison.Ordinal);
        Assert.Contains("autoscaler_fleet_slots{", text, StringComparison.Ordinal);
        Assert.Contains("fleet=\"demo\",state=\"Ready\"", text, StringComparison.Ordinal);
        Assert.Contains("autoscaler_cloud_calls_total{", text, StringComparison.Ordinal);
        Assert.Contains("operation=\"CreateServer\",outcome=\"success\"", text, StringComparison.Ordinal);
        Assert.Contains("autoscaler_cloud_call_duration_seconds_bucket{", text, StringComparison.Ordinal);
        Assert.Contains("reason=\"BelowMinimum\"", text, StringComparison.Ordinal);
        Assert.Contains("autoscaler_agent_streams", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dashboard_Root_ServesTheStaticPage()
    {
        using var response = await host.Http.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<title>Autoscaler</title>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
