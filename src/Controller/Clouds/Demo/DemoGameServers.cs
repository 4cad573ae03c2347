using System.Collections.Concurrent;
using System.Text;
using Autoscaler.Agent;
using Autoscaler.Controller.Fleets;
using Autoscaler.RackspaceEmulator;

namespace Autoscaler.Controller.Clouds.Demo;

/// <summary>Runs a game server (the real Agent library, in-process) on every ACTIVE server of the embedded emulated cloud.</summary>
/// <remarks>
/// A server boots from the agent bootstrap file the controller put in its personality; a reboot, rebuild, error or delete
/// stops the game server, as it would stop a real one. This is what makes the demo's fleet a closed loop.
/// </remarks>
internal sealed class DemoGameServers(
    EmulatedCloud cloud, FleetCatalog fleets, TimeProvider time, ILoggerFactory loggerFactory) : IHostedService, IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, GameServerAgent> _running = new(StringComparer.Ordinal);
    private readonly ILogger _logger = loggerFactory.CreateLogger<DemoGameServers>();

    /// <summary>The game servers running now.</summary>
    public ICollection<GameServerAgent> Running => _running.Values;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        cloud.Model.ServerStatusChanged += OnServerStatusChanged;
        foreach (var server in cloud.Model.GetServers().Where(s => s.Status == "ACTIVE"))
        {
            Boot(server);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        cloud.Model.ServerStatusChanged -= OnServerStatusChanged;
        await DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var id in _running.Keys.ToArray())
        {
            if (_running.TryRemove(id, out var agent))
            {
                await agent.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private void OnServerStatusChanged(object? sender, ServerStatusChangedEventArgs change)
    {
        if (change.NewStatus == "ACTIVE")
        {
            Boot(change.Server);
        }
        else if (change.NewStatus is "REBOOT" or "HARD_REBOOT" or "REBUILD" or "ERROR" or "DELETED")
        {
            Halt(change.ServerId, change.NewStatus);
        }
    }

    private void Boot(ServerSnapshot server)
    {
        if (_running.ContainsKey(server.Id))
        {
            return;
        }

        AgentBootstrapFile bootstrap;
        try
        {
            bootstrap = ReadBootstrap(server);
        }
        catch (InvalidDataException ex)
        {
            CloudLog.DemoServerWithoutBootstrap(_logger, server.Id, server.Name, ex.Message);
            return;
        }

        var options = new AgentOptions();
        options.Apply(bootstrap);
        options.Capacity = bootstrap.Capacity ?? (fleets.TryGet(bootstrap.Fleet, out var fleet) ? fleet.SlotsPerServer : 16);
        var agent = new GameServerAgent(options, time, loggerFactory);
        if (!_running.TryAdd(server.Id, agent))
        {
            _ = agent.DisposeAsync().AsTask();
            return;
        }

        agent.Start();
        agent.MarkReady();
        CloudLog.DemoServerStarted(_logger, bootstrap.ServerId, server.Name, bootstrap.Fleet);
    }

    private void Halt(string cloudServerId, string status)
    {
        if (_running.TryRemove(cloudServerId, out var agent))
        {
            CloudLog.DemoServerStopped(_logger, agent.ServerId, status);
            _ = Task.Run(async () => await agent.DisposeAsync().ConfigureAwait(false));
        }
    }

    /// <summary>The bootstrap document: the personality file named agent.json, else v2 user_data.</summary>
    private static AgentBootstrapFile ReadBootstrap(ServerSnapshot server)
    {
        var file = server.Personality.FirstOrDefault(p => p.Path.EndsWith(".json", StringComparison.Ordinal));
        if (file is not null)
        {
            return AgentBootstrapFile.Parse(Encoding.UTF8.GetString(file.DecodeContents()));
        }

        if (server.UserData is { Length: > 0 } userData)
        {
            return AgentBootstrapFile.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(userData)));
        }

        throw new InvalidDataException("neither a personality file nor user_data was given at create");
    }
}
