using Autoscaler.Simulator.Fleet;
using Autoscaler.Simulator.Players;
using Autoscaler.Simulator.Scoring;

namespace Autoscaler.Simulator.Tests;

/// <summary>A small fleet and its players, built the way FleetSimulation builds them, for unit tests.</summary>
internal sealed class TestWorld
{
    public TestWorld(int slots = 10, MatchmakingMode mode = MatchmakingMode.FillFirst, int seed = 1, double bootSeconds = 10, double sessionMinutes = 0)
    {
        Counters = new RunCounters();
        Players = new PlayerPopulation(new Matchmaker(mode), new Random(seed), TimeSpan.FromMinutes(sessionMinutes), Counters);
        var boot = new BootModel(TimeSpan.FromSeconds(bootSeconds), TimeSpan.Zero, TimeSpan.FromSeconds(5));
        Fleet = new SimulatedFleet(slots, boot, new Random(seed), Players, Counters);
    }

    public RunCounters Counters { get; }

    public PlayerPopulation Players { get; }

    public SimulatedFleet Fleet { get; }

    /// <summary>Creates servers and makes them ready at once.</summary>
    public SimServer[] ReadyServers(int count)
    {
        var servers = Enumerable.Range(0, count).Select(_ => Fleet.Create(0, "test")).ToArray();
        Fleet.Advance(double.MaxValue);
        return servers;
    }
}
