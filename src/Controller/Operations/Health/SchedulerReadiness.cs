using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace Autoscaler.Controller.Operations.Health;

/// <summary>Ready when the Quartz scheduler that runs the policy and reconcile jobs is running.</summary>
internal sealed class SchedulerReadiness(ISchedulerFactory schedulers) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        var status = await scheduler.GetStatus(cancellationToken).ConfigureAwait(false);
        return status == SchedulerStatus.Running
            ? HealthCheckResult.Healthy("The scheduler is running.")
            : HealthCheckResult.Unhealthy($"The scheduler is {status}.");
    }
}
