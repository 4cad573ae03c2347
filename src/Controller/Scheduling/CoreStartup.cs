using System.Collections.Concurrent;
using Autoscaler.Controller.Core;
using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Registry;
using Microsoft.Extensions.Options;
using Quartz;

namespace Autoscaler.Controller.Scheduling;

/// <summary>Starts the core before the scheduler runs: validates fleets, migrates and restores, then schedules the jobs.</summary>
/// <remarks>
/// Registered before Quartz's hosted service, so no job runs against an unmigrated database or an empty registry.
/// A live edit of a fleet's PolicyInterval reschedules its job.
/// </remarks>
internal sealed class CoreStartup(
    FleetEngine engine,
    FleetCatalog catalog,
    IPolicyTrigger trigger,
    ISchedulerFactory schedulers,
    IOptions<ControllerOptions> options,
    ILogger<CoreStartup> logger) : IHostedService
{
    private readonly ConcurrentDictionary<string, TimeSpan> _intervals = new(StringComparer.Ordinal);

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
            _intervals[fleet] = interval;
            var job = JobBuilder.Create<PolicyJob>().WithIdentity(PolicyJob.KeyFor(fleet)).UsingJobData(PolicyJob.FleetKey, fleet).Build();
            await scheduler.ScheduleJob(job, PolicyTrigger(fleet, interval), cancellationToken: cancellationToken).ConfigureAwait(false);
            SchedulingLog.Scheduled(logger, fleet, interval);
        }

        var reconcile = JobBuilder.Create<ReconcileJob>().WithIdentity(ReconcileJob.Key).Build();
        var reconcileTrigger = TriggerBuilder.Create().WithIdentity("reconcile", "core").ForJob(reconcile).StartNow()
            .WithSimpleSchedule(s => s.WithInterval(options.Value.ReconcileInterval).RepeatForever())
            .Build();
        await scheduler.ScheduleJob(reconcile, reconcileTrigger, cancellationToken: cancellationToken).ConfigureAwait(false);
        catalog.Changed += () => _ = RescheduleAsync();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static ITrigger PolicyTrigger(string fleet, TimeSpan interval) =>
        TriggerBuilder.Create().WithIdentity(fleet, PolicyJob.Group).ForJob(PolicyJob.KeyFor(fleet)).StartNow()
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever())
            .Build();

    private async Task RescheduleAsync()
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(CancellationToken.None).ConfigureAwait(false);
            foreach (var fleet in catalog.Names)
            {
                var interval = catalog.Get(fleet).PolicyInterval;
                if (_intervals.TryGetValue(fleet, out var current) && current == interval)
                {
                    continue;
                }

                _intervals[fleet] = interval;
                await scheduler.RescheduleJob(new TriggerKey(fleet, PolicyJob.Group), PolicyTrigger(fleet, interval), CancellationToken.None).ConfigureAwait(false);
                SchedulingLog.Scheduled(logger, fleet, interval);
            }
        }
        catch (SchedulerException ex)
        {
            SchedulingLog.RescheduleFailed(logger, ex);
        }
    }
}
