using Autoscaler.Controller.Core;
using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Registry;
using Microsoft.Extensions.Options;
using Quartz;

namespace Autoscaler.Controller.Scheduling;

/// <summary>Starts the core before the scheduler runs: validates fleets, migrates and restores, then schedules the jobs.</summary>
/// <remarks>Registered before Quartz's hosted service, so no job runs against an unmigrated database or an empty registry.</remarks>
internal sealed class CoreStartup(
    FleetEngine engine,
    FleetCatalog catalog,
    IPolicyTrigger trigger,
    ISchedulerFactory schedulers,
    IOptions<ControllerOptions> options,
    ILogger<CoreStartup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (catalog.Names.Count == 0)
        {
            FleetLog.NoFleets(logger);
        }

        await engine.StartAsync(cancellationToken).ConfigureAwait(false);
        engine.Registry.Trigger = trigger;
        var scheduler = await schedulers.GetScheduler(cancellationToken).ConfigureAwait(false);
        foreach (var fleet in catalog.Names)
        {
            var interval = catalog.Get(fleet).PolicyInterval;
            var job = JobBuilder.Create<PolicyJob>().WithIdentity(PolicyJob.KeyFor(fleet)).UsingJobData(PolicyJob.FleetKey, fleet).Build();
            var schedule = TriggerBuilder.Create().WithIdentity(fleet, PolicyJob.Group).ForJob(job).StartNow()
                .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever())
                .Build();
            await scheduler.ScheduleJob(job, schedule, cancellationToken: cancellationToken).ConfigureAwait(false);
            SchedulingLog.Scheduled(logger, fleet, interval);
        }

        var reconcile = JobBuilder.Create<ReconcileJob>().WithIdentity(ReconcileJob.Key).Build();
        var reconcileTrigger = TriggerBuilder.Create().WithIdentity("reconcile", "core").ForJob(reconcile).StartNow()
            .WithSimpleSchedule(s => s.WithInterval(options.Value.ReconcileInterval).RepeatForever())
            .Build();
        await scheduler.ScheduleJob(reconcile, reconcileTrigger, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
