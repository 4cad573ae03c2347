using Autoscaler.Agent;
using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Registry;
using Microsoft.Extensions.Options;

namespace Autoscaler.Controller.Clouds.Demo;

/// <summary>Moves demo players in and out of the demo game servers along a rise-and-fall curve.</summary>
/// <remarks>
/// Joins go fill-first to the fullest server that is not draining and has a free slot; players with no slot wait, are
/// reported to the controller as waiting players, and are seated as soon as one appears. Leaves come first from draining servers (their matches end), then from random servers.
/// </remarks>
internal sealed class DemoPlayerLoad(
    DemoGameServers servers, FleetRegistry registry, FleetCatalog catalog, IOptions<CloudOptions> options, TimeProvider time,
    ILogger<DemoPlayerLoad> logger) : BackgroundService
{
    private readonly Random _random = new(20261203);

    /// <summary>Players the curve wants at <paramref name="elapsed"/> since start.</summary>
    public static int WantedPlayers(DemoLoadOptions load, TimeSpan elapsed)
    {
        var phase = elapsed.TotalSeconds % load.Period.TotalSeconds / load.Period.TotalSeconds;
        var rise = 0.5 - (0.5 * Math.Cos(2 * Math.PI * phase));
        return load.BasePlayers + (int)Math.Round((load.PeakPlayers - load.BasePlayers) * rise);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var load = options.Value.Demo;
        var start = time.GetUtcNow();
        using var timer = new PeriodicTimer(load.Step, time);
        var steps = 0;
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            var wanted = WantedPlayers(load, time.GetUtcNow() - start);
            var running = servers.Running.ToList();
            var seated = Move(running, wanted);
            if (catalog.TryGet(load.Fleet, out _))
            {
                // As a real matchmaker would through the admin API: the players it could not seat are demand too.
                registry.ReportWaitingPlayers(load.Fleet, "demo-matchmaker", Math.Max(0, wanted - seated));
            }

            if (++steps % 15 == 0)
            {
                CloudLog.DemoLoad(logger, wanted, seated, Math.Max(0, wanted - seated), running.Count);
            }
        }
    }

    private int Move(List<GameServerAgent> running, int wanted)
    {
        var seated = running.Sum(s => s.Players);
        while (seated > wanted)
        {
            var leaving = running.Where(s => s.IsDraining && s.Players > 0).FirstOrDefault()
                ?? Pick(running.Where(s => s.Players > 0).ToList());
            if (leaving is null)
            {
                break;
            }

            leaving.PlayerLeft();
            seated--;
        }

        while (seated < wanted)
        {
            var host = running.Where(s => !s.IsDraining && !s.IsShutdownRequested && s.Players < s.Capacity)
                .OrderByDescending(s => s.Players).FirstOrDefault();
            if (host is null)
            {
                break;
            }

            host.PlayerJoined();
            seated++;
        }

        return seated;
    }

    private GameServerAgent? Pick(List<GameServerAgent> candidates) =>
        candidates.Count == 0 ? null : candidates[_random.Next(candidates.Count)];
}
