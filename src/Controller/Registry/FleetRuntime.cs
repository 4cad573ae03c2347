using System.Collections.Concurrent;

namespace Autoscaler.Controller.Registry;

/// <summary>One fleet's live state: its servers, operator settings, scaling history and demand signals.</summary>
internal sealed class FleetRuntime(string name)
{
    private readonly JoinRateEstimator _joinRate = new();
    private readonly ForecastErrors _forecastErrors = new();
    private readonly Lock _gate = new();
    private long _totalPlayers;
    private long _triggerAbovePlayers = long.MaxValue;
    private int _tickRequested;

    public string Name { get; } = name;

    /// <summary>The fleet's servers by id (every state but deleted).</summary>
    public ConcurrentDictionary<string, ServerSlot> Servers { get; } = new(StringComparer.Ordinal);

    /// <summary>Players matchmakers could not seat: demand the servers' own reports cannot show.</summary>
    public WaitingPlayers Waiting { get; } = new();

    /// <summary>The capacity recent decisions required; the fleet shrinks only to the highest of the scale-down window.</summary>
    public RequiredCapacityWindow RecentRequired { get; } = new();

    public bool Paused { get; set; }

    public int? ManualFloor { get; set; }

    public DateTimeOffset? LastScaleUpAt { get; set; }

    public DateTimeOffset? LastScaleDownAt { get; set; }

    public int ConsecutiveCreateFailures { get; set; }

    public DateTimeOffset? CreateBackoffUntil { get; set; }

    /// <summary>The margin the latest tick learnt from the fleet's forecast errors, or null before enough were scored.</summary>
    public double? DemandMargin { get; private set; }

    /// <summary>Exponentially weighted create-to-ready time, or null before the first server became ready.</summary>
    public TimeSpan? ObservedBootTime { get; private set; }

    /// <summary>Players reported across the fleet right now (kept by deltas on the report path).</summary>
    public long TotalPlayers => Interlocked.Read(ref _totalPlayers);

    /// <summary>Adds a report's change in players; returns true when the fleet just crossed its trigger level.</summary>
    public bool AddPlayers(int delta)
    {
        var total = Interlocked.Add(ref _totalPlayers, delta);
        return delta > 0 && total > Interlocked.Read(ref _triggerAbovePlayers) && Interlocked.Exchange(ref _tickRequested, 1) == 0;
    }

    /// <summary>Sets the total above which a report fires the policy early (from the latest decision).</summary>
    /// <returns>True when reports that arrived during the tick already passed the level: the caller fires at once.</returns>
    public bool ArmTrigger(long abovePlayers)
    {
        Interlocked.Exchange(ref _triggerAbovePlayers, abovePlayers);
        Interlocked.Exchange(ref _tickRequested, 0);
        return TotalPlayers > abovePlayers && Interlocked.Exchange(ref _tickRequested, 1) == 0;
    }

    /// <summary>Records a create-to-ready time (weight 0.3 for the newest).</summary>
    public void ObserveBoot(TimeSpan bootTime)
    {
        lock (_gate)
        {
            ObservedBootTime = ObservedBootTime is { } previous
                ? TimeSpan.FromTicks((long)((previous.Ticks * 0.7) + (bootTime.Ticks * 0.3)))
                : bootTime;
        }
    }

    /// <summary>Records the fleet's players at a tick and returns the net join rate (players/s) over the window.</summary>
    public double SampleJoinRate(DateTimeOffset now, int players, TimeSpan window)
    {
        lock (_gate)
        {
            return _joinRate.Add(now, players, window);
        }
    }

    /// <summary>Scores past forecasts against the players wanting a slot now, records this tick's forecast, and returns
    /// the margin the recent shortfalls call for (null until enough have been scored).</summary>
    public double? ObserveDemand(DateTimeOffset now, int players, double forecast, TimeSpan horizon, TimeSpan window, double quantile, int minimumErrors)
    {
        lock (_gate)
        {
            _forecastErrors.Observe(now, players, forecast, horizon, window);
            DemandMargin = _forecastErrors.Margin(quantile, minimumErrors);
            return DemandMargin;
        }
    }
}
