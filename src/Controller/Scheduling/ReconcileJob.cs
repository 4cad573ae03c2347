using Autoscaler.Controller.Core;
using Quartz;

namespace Autoscaler.Controller.Scheduling;

/// <summary>Reconciles the cloud's server list with the records of every fleet, then prunes old history.</summary>
[DisallowConcurrentExecution]
internal sealed class ReconcileJob(FleetEngine engine, ILogger<ReconcileJob> logger) : IJob
{
    public static readonly JobKey Key = new("reconcile", "core");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await engine.ReconcileAsync(cancellationToken).ConfigureAwait(false);
            await engine.PruneHistoryAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            EngineLog.ReconcileFailed(logger, ex);
        }
    }
}
