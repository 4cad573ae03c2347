namespace Autoscaler.Agent;

/// <summary>The game server's latest load, written by game threads without locks and read by the link.</summary>
/// <remarks>Every write bumps <see cref="Version"/> then raises the signal, so the link always sends the latest state.</remarks>
internal sealed class LoadState(int capacity, AsyncSignal signal)
{
    private readonly Lock _metricsGate = new();
    private readonly Dictionary<string, double> _metrics = new(StringComparer.Ordinal);
    private int _players;
    private int _capacity = capacity;
    private int _ready;
    private int _draining;
    private long _version = 1;

    public int Players => Volatile.Read(ref _players);

    public int Capacity => Volatile.Read(ref _capacity);

    public bool IsReady => Volatile.Read(ref _ready) == 1;

    public bool IsDraining => Volatile.Read(ref _draining) == 1;

    public long Version => Interlocked.Read(ref _version);

    public void AddPlayers(int delta)
    {
        int current, next;
        do
        {
            current = Volatile.Read(ref _players);
            next = (int)Math.Clamp((long)current + delta, 0, int.MaxValue);
        }
        while (Interlocked.CompareExchange(ref _players, next, current) != current);
        Changed();
    }

    public void SetPlayers(int players)
    {
        Volatile.Write(ref _players, players);
        Changed();
    }

    public void SetCapacity(int capacity)
    {
        Volatile.Write(ref _capacity, capacity);
        Changed();
    }

    public void SetReady()
    {
        if (Interlocked.Exchange(ref _ready, 1) == 0)
        {
            Changed();
        }
    }

    /// <summary>Sets the drain flag; true when it changed.</summary>
    public bool SetDraining(bool draining)
    {
        var changed = Interlocked.Exchange(ref _draining, draining ? 1 : 0) != (draining ? 1 : 0);
        if (changed)
        {
            Changed();
        }

        return changed;
    }

    public void SetMetric(string name, double value)
    {
        lock (_metricsGate)
        {
            if (!_metrics.ContainsKey(name) && _metrics.Count >= AgentLimits.MaxMetrics)
            {
                throw new InvalidOperationException($"At most {AgentLimits.MaxMetrics} metrics may be reported.");
            }

            _metrics[name] = value;
        }

        Changed();
    }

    public void RemoveMetric(string name)
    {
        bool removed;
        lock (_metricsGate)
        {
            removed = _metrics.Remove(name);
        }

        if (removed)
        {
            Changed();
        }
    }

    /// <summary>Reads the state; the version is read first so a concurrent write is never mistaken for sent.</summary>
    public LoadSnapshot Snapshot()
    {
        var version = Version;
        var capacity = Math.Max(1, Capacity);
        var players = Math.Min(Players, capacity);
        var state = IsDraining ? AgentServerState.Draining : IsReady ? AgentServerState.Ready : AgentServerState.Starting;
        KeyValuePair<string, double>[] metrics;
        lock (_metricsGate)
        {
            metrics = [.. _metrics];
        }

        return new LoadSnapshot(version, players, capacity, state, metrics);
    }

    private void Changed()
    {
        Interlocked.Increment(ref _version);
        signal.Raise();
    }
}
