using Autoscaler.Simulator.Fleet;
using Autoscaler.Simulator.Policies;

namespace Autoscaler.Simulator.Tests.Policies;

public class AgonesBufferPolicyTests
{
    [Theory]
    [InlineData(false, 5, 30, 10, 1, 100, 4)] // 30 + 5 = 35 slots -> 4 servers
    [InlineData(false, 0, 30, 10, 1, 100, 3)]
    [InlineData(false, 5, 0, 10, 2, 100, 2)] // min
    [InlineData(false, 500, 30, 10, 1, 20, 20)] // max
    [InlineData(true, 20, 80, 10, 1, 100, 10)] // ceil(80 x 100 / 80) = 100 slots
    [InlineData(true, 30, 80, 10, 1, 100, 12)] // ceil(8000 / 70) = 115 slots -> 12 servers
    [InlineData(true, 0, 81, 10, 1, 100, 9)]
    public void DesiredServers_FollowsTheAgonesFormula(bool percent, int buffer, int allocated, int slots, int min, int max, int expected)
    {
        var mode = percent ? AgonesBufferMode.Percent : AgonesBufferMode.Absolute;

        Assert.Equal(expected, AgonesBufferPolicy.DesiredServers(mode, buffer, allocated, slots, min, max));
    }

    [Fact]
    public void Step_BelowDesired_CreatesAndWaitsForTheSyncPeriod()
    {
        var world = new TestWorld(slots: 10);
        var policy = new AgonesBufferPolicy(AgonesBufferMode.Absolute, 25, 1, 100, TimeSpan.FromSeconds(30));

        policy.Step(world.Fleet, 0);
        world.Players.Step(1, 1, 30, world.Fleet.Live);
        policy.Step(world.Fleet, 29);

        Assert.Equal(3, world.Fleet.Live.Count);
        Assert.Equal(3, world.Counters.DecisionsByReason["agones: below desired replicas"]);
    }

    [Fact]
    public void Step_AboveDesired_DeletesOnlyEmptyServersBootingFirst()
    {
        var world = new TestWorld(slots: 10);
        var ready = world.ReadyServers(4);
        world.Players.Step(0, 1, 15, world.Fleet.Live);
        var booting = world.Fleet.Create(0, "test");

        new AgonesBufferPolicy(AgonesBufferMode.Absolute, 0, 1, 100, TimeSpan.FromSeconds(30)).Step(world.Fleet, 1);

        Assert.Equal(ServerPhase.Deleted, booting.Phase);
        Assert.Equal([ServerPhase.Ready, ServerPhase.Ready, ServerPhase.Deleted, ServerPhase.Deleted], ready.Select(s => s.Phase));
        Assert.Equal(0, world.Counters.OccupiedServersDeleted);
    }
}
