using System.Collections.Concurrent;
using Autoscaler.Agent;
using Microsoft.Extensions.Logging;

namespace Autoscaler.EndToEnd.Tests.Infrastructure;

/// <summary>Simulated game servers for a standalone emulator: a real Agent on every ACTIVE server, booted from its config drive.</summary>
/// <remarks>
/// Players are seated fill-first on servers that are not draining; a server that is rebooted, rebuilt or deleted loses its
/// game server, and one marked broken never runs one again (a crash that a reboot does not cure).
/// </remarks>
internal sealed class GameServerPool : IAsyncDisposable
{
    private readonly EmulatorProcess _cloud;
    private readonly int _capacity;
    private readonly ConcurrentDictionary<string, GameServerAgent> _running = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, bool> _broken = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly CapturedLog _log = new();
    private readonly ILoggerFactory _loggers;
    private int _wantedPlayers;

    public GameServerPool(EmulatorProcess cloud, int capacity)
    {
        _cloud = cloud;
        _capacity = capacity;
        _loggers = _log.CreateFactory();
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Cloud ids of the servers running a game server now.</summary>
    public IReadOnlyCollection<string> Running => _running.Keys.ToList();

    /// <summary>What the in-process agents logged.</summary>
    public string Log => _log.Text;

    /// <summary>Players wanted across the fleet; seated on the next step.</summary>
    public void SetPlayers(int players) => Volatile.Write(ref _wantedPlayers, players);

    /// <summary>Players seated now.</summary>
    public int Seated => _running.Values.Sum(a => a.Players);

    /// <summary>Kills a server's game server for good: no heartbeat, no hello after a reboot.</summary>
    public async Task CrashAsync(string cloudServerId)
    {
        _broken[cloudServerId] = true;
        if (_running.TryRemove(cloudServerId, out var agent))
        {
            await agent.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
            // Stopping.
        }

        foreach (var agent in _running.Values)
        {
            await agent.DisposeAsync();
        }

        _stop.Dispose();
        _loggers.Dispose();
    }

    private async Task RunAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            IReadOnlyList<EmulatorProcess.EmulatedServer> servers;
            try
            {
                servers = await _cloud.ServersAsync();
            }
            catch (HttpRequestException)
            {
                await Task.Delay(200, _stop.Token);
                continue;
            }

            await BootAndHaltAsync(servers);
            Seat();
            await Task.Delay(200, _stop.Token);
        }
    }

    private async Task BootAndHaltAsync(IReadOnlyList<EmulatorProcess.EmulatedServer> servers)
    {
        var active = servers.Where(s => s.Status == "ACTIVE").Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var id in _running.Keys.Where(id => !active.Contains(id)).ToList())
        {
            if (_running.TryRemove(id, out var gone))
            {
                await gone.DisposeAsync();
            }
        }

        foreach (var id in active.Where(id => !_running.ContainsKey(id) && !_broken.ContainsKey(id)))
        {
            var options = new AgentOptions { Capacity = _capacity, HeartbeatInterval = TimeSpan.FromMilliseconds(500) };
            options.Apply(await _cloud.BootstrapAsync(id));
            var agent = new GameServerAgent(options, loggerFactory: _loggers);
            agent.Start();
            agent.MarkReady();
            _running[id] = agent;
        }
    }

    private void Seat()
    {
        var agents = _running.Values.ToList();
        var seated = agents.Sum(a => a.Players);
        var wanted = Volatile.Read(ref _wantedPlayers);
        for (; seated > wanted; seated--)
        {
            var leaving = agents.Where(a => a.Players > 0).OrderBy(a => a.IsDraining ? 0 : 1).ThenBy(a => a.Players).First();
            leaving.PlayerLeft();
        }

        for (; seated < wanted; seated++)
        {
            var host = agents.Where(a => !a.IsDraining && a.Players < a.Capacity).OrderByDescending(a => a.Players).FirstOrDefault();
            if (host is null)
            {
                break;
            }

            host.PlayerJoined();
        }
    }
}
