using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Registry;
using Microsoft.Extensions.Options;

namespace Autoscaler.Controller.Operations.Timeline;

/// <summary>Counts every fleet on an interval into the <see cref="FleetTimeline"/>.</summary>
internal sealed class FleetTimelineSampler(
    FleetTimeline timeline,
    FleetRegistry registry,
    FleetCatalog catalog,
    TimeProvider time,
    IOptions<OperationsOptions> options,
    ILogger<FleetTimelineSampler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.TimelineInterval, time);
        do
        {
            SampleOnce();
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    /// <summary>Takes one census of every configured fleet.</summary>
    internal void SampleOnce()
    {
        var now = time.GetUtcNow();
        foreach (var fleet in catalog.Names)
        {
            try
            {
                timeline.Add(FleetCensus.Count(registry, fleet, now));
            }
            catch (KeyNotFoundException)
            {
                // A fleet added by a live configuration edit has no runtime until restart: nothing to count.
                OperationsLog.FleetNotRunning(logger, fleet);
            }
        }
    }
}
