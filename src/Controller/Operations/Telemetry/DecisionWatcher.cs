using Autoscaler.Controller.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Autoscaler.Controller.Operations.Telemetry;

/// <summary>Counts the decisions the core records (autoscaler.decisions by fleet and reason) by reading new rows on an interval.</summary>
/// <remarks>The core writes decisions in its tick's transaction and raises no event; reading the rows keeps it untouched.</remarks>
internal sealed class DecisionWatcher(
    IDbContextFactory<AutoscalerDbContext> contexts,
    OperationsMetrics metrics,
    TimeProvider time,
    IOptions<OperationsOptions> options,
    ILogger<DecisionWatcher> logger) : BackgroundService
{
    private readonly DateTimeOffset _startedAt = time.GetUtcNow();
    private long _lastId = -1;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TimelineInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            try
            {
                await CountNewAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database may not be migrated yet at start-up, or be briefly locked: try again next tick.
                OperationsLog.DecisionsUnreadable(logger, exception);
            }
        }
    }

    /// <summary>Counts decisions recorded since the last call; the first call skips those made before this process started.</summary>
    internal async Task CountNewAsync(CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            if (_lastId < 0)
            {
                _lastId = await db.Decisions.Where(d => d.At < _startedAt).MaxAsync(d => (long?)d.Id, cancellationToken).ConfigureAwait(false) ?? 0;
            }

            var fresh = await db.Decisions.AsNoTracking().Where(d => d.Id > _lastId).OrderBy(d => d.Id).Take(10_000)
                .Select(d => new { d.Id, d.Fleet, d.Reason }).ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var group in fresh.GroupBy(d => (d.Fleet, d.Reason)))
            {
                metrics.Decision(group.Key.Fleet, group.Key.Reason.ToString(), group.Count());
            }

            if (fresh.Count > 0)
            {
                _lastId = fresh[^1].Id;
            }
        }
    }
}
