using Autoscaler.Controller.Operations.Telemetry;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Autoscaler.Controller.Operations.Health;

/// <summary>Ready when the latest cloud operation got an answer (the reconcile job lists servers right after start-up).</summary>
internal sealed class CloudReadiness(CloudCallObserver observer) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var latest = observer.Latest;
        var result = latest switch
        {
            null => HealthCheckResult.Unhealthy("No cloud operation has completed yet."),
            { Answered: true } => HealthCheckResult.Healthy($"The cloud answered {latest.Operation} at {latest.At:O}."),
            _ => HealthCheckResult.Unhealthy(
                $"The cloud did not answer {latest.Operation} at {latest.At:O} (status {latest.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"})."),
        };
        return Task.FromResult(result);
    }
}
