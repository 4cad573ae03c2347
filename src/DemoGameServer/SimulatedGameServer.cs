using Autoscaler.Agent;
using Microsoft.Extensions.Options;

namespace Autoscaler.DemoGameServer;

/// <summary>One game server: claims a free server disk, runs the real Agent with its bootstrap, and plays a player curve.</summary>
/// <remarks>
/// A disk is claimed by creating its <c>claimed</c> file exclusively, so two game servers never run the same server.
/// Players follow a raised cosine from 0 to <see cref="DemoMachineOptions.PeakPlayers"/>; a draining server loses
/// players until it is empty.
/// </remarks>
internal sealed class SimulatedGameServer(IOptions<DemoMachineOptions> options, TimeProvider time, ILoggerFactory loggerFactory) : BackgroundService
{
    private const string ClaimFile = "claimed";
    private readonly ILogger _logger = loggerFactory.CreateLogger<SimulatedGameServer>();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        using var timer = new PeriodicTimer(settings.Step, time);
        GameServerAgent? agent = null;
        string? disk = null;
        var startedAt = time.GetUtcNow();
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
            {
                if (agent is not null && !Directory.Exists(disk))
                {
                    DemoLog.Stopped(_logger, agent.ServerId);
                    await agent.DisposeAsync().ConfigureAwait(false);
                    agent = null;
                }

                if (agent is null)
                {
                    (agent, disk) = TryClaim(settings);
                    startedAt = time.GetUtcNow();
                    continue;
                }

                var wanted = agent.IsDraining ? Math.Max(0, agent.Players - 2) : Curve(settings, time.GetUtcNow() - startedAt, agent.Capacity);
                agent.SetPlayerCount(wanted);
            }
        }
        finally
        {
            if (agent is not null)
            {
                await agent.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static int Curve(DemoMachineOptions settings, TimeSpan elapsed, int capacity)
    {
        var phase = 2 * Math.PI * (elapsed.TotalSeconds % settings.Period.TotalSeconds) / settings.Period.TotalSeconds;
        return Math.Clamp((int)Math.Round(settings.PeakPlayers * (1 - Math.Cos(phase)) / 2), 0, capacity);
    }

    private (GameServerAgent?, string?) TryClaim(DemoMachineOptions settings)
    {
        if (!Directory.Exists(settings.DisksPath))
        {
            return (null, null);
        }

        foreach (var disk in Directory.GetDirectories(settings.DisksPath).Where(d => !Path.GetFileName(d).StartsWith('.')).Order(StringComparer.Ordinal))
        {
            try
            {
                using (new FileStream(Path.Combine(disk, ClaimFile), FileMode.CreateNew, FileAccess.Write))
                {
                }
            }
            catch (IOException)
            {
                continue; // Claimed by another game server, or the disk vanished.
            }

            var file = Directory.GetFiles(disk, "*.json").FirstOrDefault();
            if (file is null)
            {
                DemoLog.BadDisk(_logger, Path.GetFileName(disk), "no .json file");
                continue;
            }

            AgentBootstrapFile bootstrap;
            try
            {
                bootstrap = AgentBootstrapFile.Read(file);
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException)
            {
                DemoLog.BadDisk(_logger, Path.GetFileName(disk), ex.Message);
                continue;
            }

            var agentOptions = new AgentOptions { Capacity = bootstrap.Capacity ?? 16 };
            agentOptions.Apply(bootstrap);
            var agent = new GameServerAgent(agentOptions, time, loggerFactory);
            agent.Start();
            agent.MarkReady();
            DemoLog.Started(_logger, bootstrap.ServerId, bootstrap.Fleet, Path.GetFileName(disk));
            return (agent, disk);
        }

        return (null, null);
    }
}
