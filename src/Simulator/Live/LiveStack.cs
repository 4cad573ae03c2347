using System.Diagnostics;
using Autoscaler.Harness;

namespace Autoscaler.Simulator.Live;

/// <summary>The real processes of a live run: the emulated cloud and the controller, each a process on loopback ports
/// of its own, and a game server running the real Agent on every ACTIVE server (the Harness's pool), whose players the
/// run seats itself.</summary>
internal sealed class LiveStack : IAsyncDisposable
{
    // How often the pool follows the cloud's server list: a game server starts at most this long after ACTIVE.
    private static readonly TimeSpan PoolStep = TimeSpan.FromMilliseconds(50);

    private readonly DirectoryInfo _folder;

    private LiveStack(DirectoryInfo folder, EmulatorProcess cloud, ControllerProcess controller, GameServerPool pool)
    {
        _folder = folder;
        Cloud = cloud;
        Controller = controller;
        Pool = pool;
    }

    public EmulatorProcess Cloud { get; }

    public ControllerProcess Controller { get; }

    public GameServerPool Pool { get; }

    /// <summary>Starts the emulator, then the controller against it, then the game-server pool.</summary>
    public static async Task<LiveStack> StartAsync(LiveStackSettings settings, int slotsPerServer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var folder = Directory.CreateTempSubdirectory("autoscaler-live-");
        EmulatorProcess? cloud = null;
        ControllerProcess? controller = null;
        try
        {
            cloud = await EmulatorProcess.StartAsync(settings.BuildTime, settings.Emulator, cancellationToken).ConfigureAwait(false);
            controller = await ControllerProcess.StartAsync(folder.FullName, cloud, settings.Controller, cancellationToken: cancellationToken).ConfigureAwait(false);
            var pool = new GameServerPool(cloud, slotsPerServer, step: PoolStep, seatPlayers: false);
            return new LiveStack(folder, cloud, controller, pool);
        }
        catch
        {
            if (controller is not null)
            {
                await controller.DisposeAsync().ConfigureAwait(false);
            }

            if (cloud is not null)
            {
                await cloud.DisposeAsync().ConfigureAwait(false);
            }

            Delete(folder);
            throw;
        }
    }

    /// <summary>The fleet now: every server the cloud lists, with its game server's state.</summary>
    public async Task<IReadOnlyList<LiveServerView>> ObserveAsync(CancellationToken cancellationToken)
    {
        var servers = await Cloud.ServersAsync(cancellationToken).ConfigureAwait(false);
        var games = Pool.Servers.ToDictionary(s => s.CloudServerId, s => s.Agent, StringComparer.Ordinal);
        return [.. servers.Select(s => games.TryGetValue(s.Id, out var agent)
            ? new LiveServerView(s.Id, s.Name, s.Status, agent.IsConnected, agent.IsDraining)
            : new LiveServerView(s.Id, s.Name, s.Status, GameUp: false, Draining: false))];
    }

    /// <summary>Tells each running game server how many players the matchmaker has seated on it.</summary>
    public void Seat(IEnumerable<KeyValuePair<string, int>> seats)
    {
        ArgumentNullException.ThrowIfNull(seats);
        var games = Pool.Servers.ToDictionary(s => s.CloudServerId, s => s.Agent, StringComparer.Ordinal);
        foreach (var (id, players) in seats)
        {
            if (games.TryGetValue(id, out var agent) && agent.Players != players)
            {
                agent.SetPlayerCount(players);
            }
        }
    }

    /// <summary>Tells the controller, as the matchmaker would through its REST API, how many players found no free slot.</summary>
    public Task ReportWaitingPlayersAsync(string fleet, int waiting, CancellationToken cancellationToken) =>
        Controller.ReportWaitingPlayersAsync(fleet, waiting, "matchmaker", cancellationToken);

    /// <summary>The cloud API requests the controller made from <paramref name="since"/> to before <paramref name="until"/>
    /// (the emulator's admin reads left out).</summary>
    public async Task<IReadOnlyList<AuditedRequest>> CloudCallsAsync(DateTimeOffset since, DateTimeOffset until, CancellationToken cancellationToken)
    {
        var audit = await Cloud.AuditAsync(cancellationToken).ConfigureAwait(false);
        return [.. audit.Where(r => r.Time >= since && r.Time < until && !r.Path.StartsWith("/__emulator", StringComparison.Ordinal))];
    }

    /// <summary>Fails the run when the controller or the emulator is no longer running, with the end of what it printed.</summary>
    public void ThrowIfStopped()
    {
        if (HasExited(Controller.ProcessId))
        {
            throw new LiveStackException($"the controller process exited during the run; its last output:{Environment.NewLine}{Tail(Controller.Output)}");
        }

        if (HasExited(Cloud.ProcessId))
        {
            throw new LiveStackException($"the emulator process exited during the run; its last output:{Environment.NewLine}{Tail(Cloud.Output)}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Pool.DisposeAsync().ConfigureAwait(false);
        await Controller.DisposeAsync().ConfigureAwait(false);
        await Cloud.DisposeAsync().ConfigureAwait(false);
        Delete(_folder);
    }

    private static bool HasExited(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    private static string Tail(string output)
    {
        var lines = output.Split('\n');
        return string.Join('\n', lines.Skip(Math.Max(0, lines.Length - 30)));
    }

    private static void Delete(DirectoryInfo folder)
    {
        try
        {
            folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A killed process may hold the SQLite file for a moment; the OS temp cleaner gets the rest.
        }
    }
}
