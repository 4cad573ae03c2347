using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Policy;
using Autoscaler.Controller.Registry;
using BenchmarkDotNet.Attributes;

namespace Autoscaler.Benchmarks;

/// <summary>CapacityPolicy.Decide over a fleet of 1k, 10k and 100k servers: time and allocations of one decision.</summary>
/// <remarks>
/// The snapshot is a busy fleet mid-day: 90 % ready with random players (a tenth of them empty past the grace period),
/// 4 % building or booting, 6 % draining (half of them empty and settled), a join rate and an observed boot time, so
/// every rule (buffer, lead time, undrain, consolidation, deletion) has work to look at.
/// </remarks>
[MemoryDiagnoser]
public class DecideBenchmarks
{
    private FleetSnapshot _snapshot = null!;
    private FleetOptions _options = null!;
    private DateTimeOffset _now;

    [Params(1_000, 10_000, 100_000)]
    public int Servers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _now = new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);
        _options = new FleetOptions
        {
            ImageId = "image",
            FlavorId = "2",
            SlotsPerServer = 16,
            MaxServers = Servers * 2,
            MinServers = 1,
            MinFreeSlots = 64,
            FreeSlotsPercent = 10,
            MaxCreatesPerTick = 20,
            MaxInFlight = 50,
        };
        var random = new Random(42);
        var servers = new ServerView[Servers];
        for (var i = 0; i < Servers; i++)
        {
            var created = _now.AddMinutes(-random.Next(5, 600));
            var draw = random.NextDouble();
            var (state, players) = draw switch
            {
                < 0.02 => (ServerState.Building, 0),
                < 0.04 => (ServerState.Booting, 0),
                < 0.07 => (ServerState.Draining, 0),
                < 0.10 => (ServerState.Draining, random.Next(1, 16)),
                < 0.19 => (ServerState.Ready, 0),
                _ => (ServerState.Ready, random.Next(1, 17)),
            };
            var stateSince = _now.AddSeconds(-random.Next(30, 3_600));
            servers[i] = new ServerView($"as-game-{i:D6}", state, players, 16, created, stateSince, _now.AddSeconds(-random.Next(0, 5)),
                players == 0 ? stateSince : null, 0, state is ServerState.Building ? "BUILD" : "ACTIVE", false);
        }

        _snapshot = new FleetSnapshot("game", servers, JoinRatePerSecond: 2.5, ObservedBootTime: TimeSpan.FromSeconds(110),
            LastScaleUpAt: _now.AddMinutes(-10), LastScaleDownAt: _now.AddMinutes(-5));
    }

    [Benchmark]
    public int Decide()
    {
        var decision = CapacityPolicy.Decide(_snapshot, _options, _now);
        return decision.Create + decision.Drain.Count + decision.Delete.Count + decision.Undrain.Count;
    }
}
