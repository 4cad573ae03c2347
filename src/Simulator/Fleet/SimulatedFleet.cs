using Autoscaler.Simulator.Players;
using Autoscaler.Simulator.Scoring;

namespace Autoscaler.Simulator.Fleet;

/// <summary>The fleet of game servers a policy controls in a simulation run: creates, boots, drains, deletes.</summary>
/// <remarks>The baselines act on it directly (each action counts as one cloud API call); the controller core acts on
/// the emulated cloud, whose servers are mirrored here by name.</remarks>
internal sealed class SimulatedFleet(int slotsPerServer, BootModel boot, Random random, PlayerPopulation players, RunCounters counters)
{
    private readonly List<SimServer> _live = [];
    private readonly List<SimServer> _all = [];
    private readonly Dictionary<string, SimServer> _byName = new(StringComparer.Ordinal);
    private int _nextId = 1;

    public int SlotsPerServer { get; } = slotsPerServer;

    public RunCounters Counters { get; } = counters;

    public PlayerPopulation Players { get; } = players;

    /// <summary>Servers that exist at the cloud now (any phase but Deleted), oldest first.</summary>
    public IReadOnlyList<SimServer> Live => _live;

    /// <summary>Every server the run created, deleted ones included.</summary>
    public IReadOnlyList<SimServer> All => _all;

    public int ReadyCapacity => _live.Sum(s => s.Phase == ServerPhase.Ready ? s.Capacity : 0);

    public SimServer? Find(string name) => _byName.GetValueOrDefault(name);

    /// <summary>Requests a new server; it takes players after the boot model's time.</summary>
    public SimServer Create(double now, string reason)
    {
        var server = Add($"sim-{_nextId}", now, now + boot.Draw(random));
        Counters.CountApiCall("CreateServer");
        Counters.CountDecision(reason);
        return server;
    }

    /// <summary>Mirrors a server created by someone else (the controller core, at the emulated cloud).</summary>
    public SimServer Adopt(string name, double now, double readyAt)
    {
        if (_byName.ContainsKey(name))
        {
            throw new InvalidOperationException($"Server {name} is already in the fleet.");
        }

        return Add(name, now, readyAt);
    }

    /// <summary>The boot time the next server would take (drawn from the same jitter model).</summary>
    public double DrawBootSeconds() => boot.Draw(random);

    public void Delete(SimServer server, double now, string? reason, bool countApiCall = true)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (!server.Exists)
        {
            return;
        }

        DropPlayers(server, now, deleting: true);
        server.Phase = ServerPhase.Deleted;
        server.DeletedAt = now;
        _live.Remove(server);
        Counters.Deletes++;
        if (countApiCall)
        {
            Counters.CountApiCall("DeleteServer");
        }

        CountDecision(reason);
    }

    public void Drain(SimServer server, string? reason)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (server.Phase == ServerPhase.Ready)
        {
            server.Phase = ServerPhase.Draining;
            Counters.Drains++;
            CountDecision(reason);
        }
    }

    public void Undrain(SimServer server, string? reason)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (server.Phase == ServerPhase.Draining)
        {
            server.Phase = ServerPhase.Ready;
            Counters.Undrains++;
            CountDecision(reason);
        }
    }

    public void Reboot(SimServer server, double now, string? reason, bool countApiCall = true)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (!server.Exists)
        {
            return;
        }

        DropPlayers(server, now, deleting: false);
        server.Phase = ServerPhase.Rebooting;
        server.ReadyAt = now + boot.RebootTime.TotalSeconds;
        Counters.Reboots++;
        if (countApiCall)
        {
            Counters.CountApiCall("RebootServer");
        }

        CountDecision(reason);
    }

    /// <summary>A mirrored server's game is up: it takes players from now on.</summary>
    public void MarkReady(SimServer server)
    {
        ArgumentNullException.ThrowIfNull(server);
        if (server.Phase is ServerPhase.Booting or ServerPhase.Rebooting)
        {
            server.Phase = ServerPhase.Ready;
            server.ReadyAt = double.PositiveInfinity;
        }
    }

    /// <summary>Moves booting and rebooting servers whose time has come to Ready.</summary>
    public void Advance(double now)
    {
        foreach (var server in _live)
        {
            if (server.Phase is ServerPhase.Booting or ServerPhase.Rebooting && server.ReadyAt <= now)
            {
                server.Phase = ServerPhase.Ready;
            }
        }
    }

    private void CountDecision(string? reason)
    {
        if (reason is not null)
        {
            Counters.CountDecision(reason);
        }
    }

    private SimServer Add(string name, double now, double readyAt)
    {
        var server = new SimServer(_nextId++, name, SlotsPerServer, now) { ReadyAt = readyAt };
        _live.Add(server);
        _all.Add(server);
        _byName[name] = server;
        Counters.Creates++;
        Counters.PeakServers = Math.Max(Counters.PeakServers, _live.Count);
        return server;
    }

    private void DropPlayers(SimServer server, double now, bool deleting)
    {
        if (server.Players > 0)
        {
            if (deleting)
            {
                Counters.OccupiedServersDeleted++;
            }

            Counters.PlayersDisconnected += server.Players;
            Players.Evict(server, now);
        }
    }
}
