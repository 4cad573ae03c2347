namespace Autoscaler.Controller.Registry;

/// <summary>How far the fleet's demand outran the policy's forecasts lately: the margin a buffer needs on this fleet.</summary>
/// <remarks>
/// Each tick forecasts the players it provisions for (seated and waiting players plus the lead-time growth) over a
/// horizon (a boot and a tick). When the horizon has passed, the forecast is scored against the most players seen while
/// it ran (every one of them needed a slot, not only those at its end): the shortfall is one error. The margin is a high
/// quantile of the recent errors, so a smooth fleet keeps a thin buffer and a noisy one a thick one, each learnt from
/// its own history instead of a percentage guessed in advance. Not thread-safe: the fleet's tick is its only caller.
/// </remarks>
internal sealed class ForecastErrors
{
    /// <summary>Most scored forecasts kept (the newest), so a fleet ticked very often keeps a bounded history and a
    /// bounded sort per tick (a day of 10 s ticks is 8,640).</summary>
    public const int MaxErrors = 10_000;

    private readonly List<Pending> _pending = [];
    private readonly Queue<(DateTimeOffset At, double Error)> _errors = new();
    private double[] _scratch = [];

    /// <summary>Records the players seen now, scores forecasts whose horizon has passed, and adds this tick's forecast.</summary>
    public void Observe(DateTimeOffset now, int players, double forecast, TimeSpan horizon, TimeSpan window)
    {
        for (var i = _pending.Count - 1; i >= 0; i--)
        {
            var pending = _pending[i];
            pending.MostSeen = Math.Max(pending.MostSeen, players);
            if (now >= pending.Due)
            {
                _errors.Enqueue((now, pending.MostSeen - pending.Forecast));
                _pending.RemoveAt(i);
            }
        }

        while (_errors.Count > MaxErrors || (_errors.Count > 0 && now - _errors.Peek().At > window))
        {
            _errors.Dequeue();
        }

        _pending.Add(new Pending(now + horizon, forecast, players));
    }

    /// <summary>The <paramref name="quantile"/> of the shortfalls scored within the window (never below 0), or null
    /// while fewer than <paramref name="minimumErrors"/> have been scored.</summary>
    public double? Margin(double quantile, int minimumErrors)
    {
        if (_errors.Count < Math.Max(1, minimumErrors))
        {
            return null;
        }

        if (_scratch.Length < _errors.Count)
        {
            _scratch = new double[Math.Max(_errors.Count, _scratch.Length * 2)];
        }

        var count = 0;
        foreach (var (_, error) in _errors)
        {
            _scratch[count++] = error;
        }

        var span = _scratch.AsSpan(0, count);
        span.Sort();
        var rank = Math.Clamp((int)Math.Ceiling(quantile * count) - 1, 0, count - 1);
        return Math.Max(0, span[rank]);
    }

    private sealed class Pending(DateTimeOffset due, double forecast, int mostSeen)
    {
        public DateTimeOffset Due { get; } = due;

        public double Forecast { get; } = forecast;

        public int MostSeen { get; set; } = mostSeen;
    }
}
