using System.Collections.Concurrent;

namespace Autoscaler.Controller.Operations.Timeline;

/// <summary>Recent fleet censuses, a few seconds apart, kept in memory for live charts.</summary>
/// <remarks>
/// The database keeps one load sample a minute (enough for the past, too coarse to watch a fleet react); this keeps
/// the last <see cref="OperationsOptions.TimelineLength"/> of finer samples per fleet. Lost on restart by design.
/// </remarks>
internal sealed class FleetTimeline(TimeSpan length)
{
    private readonly ConcurrentDictionary<string, Queue<FleetCensus>> _fleets = new(StringComparer.Ordinal);

    /// <summary>Appends a census and forgets those older than the timeline's length.</summary>
    public void Add(FleetCensus census)
    {
        ArgumentNullException.ThrowIfNull(census);
        var queue = _fleets.GetOrAdd(census.Fleet, _ => new Queue<FleetCensus>());
        lock (queue)
        {
            queue.Enqueue(census);
            while (queue.Count > 0 && queue.Peek().At < census.At - length)
            {
                queue.Dequeue();
            }
        }
    }

    /// <summary>A fleet's censuses since a moment, oldest first.</summary>
    public IReadOnlyList<FleetCensus> Since(string fleet, DateTimeOffset since)
    {
        if (!_fleets.TryGetValue(fleet, out var queue))
        {
            return [];
        }

        lock (queue)
        {
            return [.. queue.Where(c => c.At >= since)];
        }
    }
}
