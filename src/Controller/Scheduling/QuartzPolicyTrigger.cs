using Autoscaler.Controller.Registry;
using Quartz;

namespace Autoscaler.Controller.Scheduling;

/// <summary>Fires a fleet's <see cref="PolicyJob"/> at once; the registry coalesces requests until the next tick re-arms it.</summary>
internal sealed class QuartzPolicyTrigger(ISchedulerFactory schedulers, ILogger<QuartzPolicyTrigger> logger) : IPolicyTrigger
{
    public void Request(string fleet) => _ = FireAsync(fleet);

    private async Task FireAsync(string fleet)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler().ConfigureAwait(false);
            await scheduler.TriggerJob(PolicyJob.KeyFor(fleet), CancellationToken.None).ConfigureAwait(false);
            SchedulingLog.FiredEarly(logger, fleet);
        }
        catch (SchedulerException ex)
        {
            SchedulingLog.FireFailed(logger, fleet, ex);
        }
    }
}
