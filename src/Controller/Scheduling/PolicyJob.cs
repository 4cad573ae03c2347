using Autoscaler.Controller.Core;
using Quartz;

namespace Autoscaler.Controller.Scheduling;

/// <summary>Runs one fleet's policy tick; on its interval and whenever a report breaks the fleet's buffer.</summary>
[DisallowConcurrentExecution]
internal sealed class PolicyJob(FleetEngine engine, ILogger<PolicyJob> logger) : IJob
{
    /// <summary>The job data key holding the fleet's name.</summary>
    public const string FleetKey = "fleet";

    /// <summary>The job group; the job's name is the fleet's.</summary>
    public const string Group = "policy";

    public static JobKey KeyFor(string fleet) => new(fleet, Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fleet = context.MergedJobDataMap.GetString(FleetKey) ?? context.JobDetail.Key.Name;
        try
        {
            await engine.TickAsync(fleet, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The next tick starts from a fresh snapshot; the operation log keeps half-done calls safe.
            EngineLog.TickFailed(logger, fleet, ex);
        }
    }
}
