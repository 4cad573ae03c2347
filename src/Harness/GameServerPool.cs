using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Autoscaler.Harness;

/// <summary>Simulated game servers for a standalone emulator: a real Agent on every ACTIVE server, booted from its
/// config drive, and players seated on them by an <see cref="ISeatingStrategy"/> (fill-first by default).</summary>
/// <remarks>
/// <para>The caller sets how many players want to play (<see cref="SetPlayers"/>, at any time, e.g. from a trace); every
/// step (default 200 ms) the pool follows the cloud's server list and moves towards that number one player at a time.
/// Players waiting for a slot are seated before newcomers; a newcomer who finds no slot is a denied join
/// (<see cref="DeniedJoins"/>) and waits (<see cref="Waiting"/>). When fewer players are wanted, waiting players give up
/// first, then seated players leave where the strategy says.</para>
/// <para>A server that is rebooted, rebuilt or deleted (no longer ACTIVE) loses its game server and its players, who
/// come back as newcomers; one marked broken (<see cref="CrashAsync"/>) never runs a game server again (a crash that a
/// reboot does not cure).</para>
/// </remarks>
public sealed class GameServerPool : IAsyncDisposable
{
    private readonly EmulatorProcess _cloud;
    private readonly int _capacity;
    private readonly ISeatingStrategy _seating;
    private readonly TimeSpan _step;
    private readonly bool _seatPlayers;
    private readonly ConcurrentDictionary<string, RunningGameServer> _running = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _broken = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly CapturedLog _log = new();
    private readonly ILoggerFactory _loggers;
    private readonly Task _loop;
    private int _wantedPlayers;
    private int _waiting;
    private long _deniedJoins;

    /// <summary>Starts following <paramref name="cloud"/>'s servers at once.</summary>
    /// <param name="cloud">The emulator whose ACTIVE servers get a game server.</param>
    /// <param name="capacity">Player slots of every game server (the fleet's SlotsPerServer).</param>
    /// <param name="seating">The matchmaker; <see cref="FillFirstSeating"/> when null.</param>
    /// <param name="step">How often the pool reads the cloud and seats players; 200 ms when null.</param>
    /// <param name="seatPlayers">False when the caller seats players itself (through each running agent's
    /// <see cref="Autoscaler.Agent.GameServerAgent.SetPlayerCount"/>, e.g. the simulator's own player model): the pool then
    /// only boots and halts game servers, and <see cref="SetPlayers"/> is unused.</param>
    public GameServerPool(EmulatorProcess cloud, int capacity, ISeatingStrategy? seating = null, TimeSpan? step = null, bool seatPlayers = true)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _cloud = cloud;
        _capacity = capacity;
        _seating = seating ?? FillFirstSeating.Instance;
        _step = step ?? TimeSpan.FromMilliseconds(200);
        _seatPlayers = seatPlayers;
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_step, TimeSpan.Zero, nameof(step));
        _loggers = _log.CreateFactory();
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Cloud ids of the servers running a game server now.</summary>
    public IReadOnlyCollection<string> Running => [.. _running.Keys];

    /// <summary>The game servers running now (a snapshot, ordered by cloud id).</summary>
    public IReadOnlyList<RunningGameServer> Servers => [.. _running.Values.OrderBy(s => s.CloudServerId, StringComparer.Ordinal)];

    /// <summary>What the in-process agents logged.</summary>
    public string Log => _log.Text;

    /// <summary>Players wanted across the fleet (the last <see cref="SetPlayers"/>).</summary>
    public int WantedPlayers => Volatile.Read(ref _wantedPlayers);

    /// <summary>Players seated now.</summary>
    public int Seated => _running.Values.Sum(s => s.Agent.Players);

    /// <summary>Players who wanted to play and found no free slot at the last step.</summary>
    public int Waiting => Volatile.Read(ref _waiting);

    /// <summary>Joins that found no free slot so far (each waiting player counts once, when it arrived).</summary>
    public long DeniedJoins => Interlocked.Read(ref _deniedJoins);

    /// <summary>Sets the players wanted across the fleet (0 or more); the pool seats or removes players on its next steps.</summary>
    public void SetPlayers(int players)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(players);
        Volatile.Write(ref _wantedPlayers, players);
    }

    /// <summary>Kills a server's game server for good: no heartbeat, no hello after a reboot.</summary>
    public async Task CrashAsync(string cloudServerId)
    {
        _broken[cloudServerId] = true;
        if (_running.TryRemove(cloudServerId, out var server))
        {
            await server.Agent.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Stops the pool and every agent.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }

        foreach (var server in _running.Values)
        {
            await server.Agent.DisposeAsync().ConfigureAwait(false);
        }

        _stop.Dispose();
        _loggers.Dispose();
    }

    private async Task RunAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            IReadOnlyList<EmulatedServer> servers;
            try
            {
                servers = await _cloud.ServersAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(_step, _stop.Token).ConfigureAwait(false);
                continue;
            }

            await BootAndHaltAsync(servers).ConfigureAwait(false);
            if (_seatPlayers)
            {
                Seat();
            }

            await Task.Delay(_step, _stop.Token).ConfigureAwait(false);
        }
    }

    private async Task BootAndHaltAsync(IReadOnlyList<EmulatedServer> servers)
    {
        var active = servers.Where(s => s.Status == "ACTIVE").Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in _running.Keys.Where(id => !active.Contains(id)).ToList())
        {
            if (_running.TryRemove(id, out var gone))
            {
                await gone.Agent.DisposeAsync().ConfigureAwait(false);
            }
        }

        foreach (var id in active.Where(id => !_running.ContainsKey(id) && !_broken.ContainsKey(id)))
        {
            try
            {
                var agent = await ConfigDriveAgent.StartAsync(_cloud, id, _capacity, TimeSpan.FromMilliseconds(500), _loggers, _stop.Token)
                    .ConfigureAwait(false);
                _running[id] = new RunningGameServer(id, agent);
            }
            catch (HttpRequestException)
            {
                // Deleted between the listing and the config drive read; the next step sees it gone.
            }
        }
    }

    private void Seat()
    {
        var servers = Servers;
        var seated = servers.Sum(s => s.Agent.Players);
        var wanted = Volatile.Read(ref _wantedPlayers);
        var waiting = Volatile.Read(ref _waiting);
        var leaving = Math.Max(0, seated + waiting - wanted);
        var givingUp = Math.Min(waiting, leaving);
        waiting -= givingUp;
        for (leaving -= givingUp; leaving > 0; leaving--)
        {
            var from = _seating.ChooseLeaver([.. servers.Where(s => s.Agent.Players > 0)]);
            from.Agent.PlayerLeft();
            seated--;
        }

        var newcomers = Math.Max(0, wanted - seated - waiting);
        var toSeat = waiting + newcomers;
        var placed = 0;
        for (; placed < toSeat; placed++)
        {
            var host = _seating.ChooseHost(servers);
            if (host is null)
            {
                break;
            }

            host.Agent.PlayerJoined();
        }

        var unseated = toSeat - placed;
        Interlocked.Add(ref _deniedJoins, Math.Min(newcomers, unseated));
        Volatile.Write(ref _waiting, unseated);
    }
}
