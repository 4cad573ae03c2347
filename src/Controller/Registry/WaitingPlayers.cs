namespace Autoscaler.Controller.Registry;

/// <summary>Players who want a slot and found none, as matchmakers report them: demand the servers cannot see.</summary>
/// <remarks>
/// A full fleet's reports say only "full": players turned away by the matchmaker appear nowhere else, so without this
/// signal the policy sees demand capped at the capacity it already has and grows only as fast as servers fill. Each
/// source (one matchmaker) reports its current count; a count expires when its source stops reporting. Thread-safe.
/// </remarks>
internal sealed class WaitingPlayers
{
    /// <summary>Most sources one fleet tracks at once, so no caller can grow the controller's memory without bound.</summary>
    public const int MaxSources = 64;

    private readonly Dictionary<string, (int Count, DateTimeOffset At)> _bySource = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _seenByPolicy;

    /// <summary>Records a source's current count.</summary>
    /// <param name="rose">True when this report raised the fleet's total above what the policy last saw (worth a policy round now).</param>
    /// <returns>False, and nothing recorded, when the source is new and <see cref="MaxSources"/> sources are reporting.</returns>
    public bool TryReport(string source, int count, DateTimeOffset now, TimeSpan ttl, out bool rose)
    {
        ArgumentException.ThrowIfNullOrEmpty(source);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        lock (_gate)
        {
            var total = TotalLocked(now, ttl);
            if (!_bySource.ContainsKey(source) && _bySource.Count >= MaxSources)
            {
                rose = false;
                return false;
            }

            _bySource[source] = (count, now);
            var after = TotalLocked(now, ttl);
            rose = after > total && after > _seenByPolicy;
            return true;
        }
    }

    /// <summary>The fleet's waiting players now: the sum of every source's latest count that has not expired.</summary>
    public int Total(DateTimeOffset now, TimeSpan ttl)
    {
        lock (_gate)
        {
            return TotalLocked(now, ttl);
        }
    }

    /// <summary>The total a policy round works with; later reports above it fire the policy early.</summary>
    public int TakeForPolicy(DateTimeOffset now, TimeSpan ttl)
    {
        lock (_gate)
        {
            _seenByPolicy = TotalLocked(now, ttl);
            return _seenByPolicy;
        }
    }

    private int TotalLocked(DateTimeOffset now, TimeSpan ttl)
    {
        long total = 0;
        List<string>? expired = null;
        foreach (var (source, (count, at)) in _bySource)
        {
            if (now - at > ttl)
            {
                (expired ??= []).Add(source);
                continue;
            }

            total += count;
        }

        foreach (var source in expired ?? [])
        {
            _bySource.Remove(source);
        }

        return (int)Math.Min(total, int.MaxValue);
    }
}
