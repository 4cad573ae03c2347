using Autoscaler.Simulator.Fleet;
using Autoscaler.Simulator.Policies;

namespace Autoscaler.Simulator.Tests.Policies;

public class RakNetSelfScalingPolicyTests
{
    [Theory]
    [InlineData(2, 10, 20, 2, 0)] // spare 0
    [InlineData(2, 10, 35, 2, 2)] // spare -15 -> ceil(15/10) = 2
    [InlineData(2, 10, 100, 2, 4)] // spare -80 -> 8, at most 4 at a time
    [InlineData(31, 10, 400, 31, 1)] // 32 in total
    [InlineData(32, 10, 900, 32, 0)]
    public void ServersToSpawn_FollowsTheSampleRule(int reporting, int slots, int load, int live, int expected)
    {
        Assert.Equal(expected, RakNetSelfScalingPolicy.ServersToSpawn(reporting, slots, load, live, 32, 4));
    }

    [Fact]
    public void Step_AfterASpawn_WaitsAnHourBeforePollingAgain()
    {
        var world = new TestWorld(slots: 10);
        var policy = new RakNetSelfScalingPolicy(32, 4, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(60), TimeSpan.FromHours(12));
        world.Players.Step(0, 1, 100, world.Fleet.Live);

        policy.Step(world.Fleet, 0);
        policy.Step(world.Fleet, 3_599);
        var beforeTheHour = world.Fleet.Live.Count;
        policy.Step(world.Fleet, 3_600);

        Assert.Equal(4, beforeTheHour);
        Assert.Equal(8, world.Fleet.Live.Count);
    }

    [Fact]
    public void Step_ServerEmptyForTwelveHours_DeletesItself()
    {
        var world = new TestWorld(slots: 10);
        var servers = world.ReadyServers(2);
        world.Players.Step(0, 1, 5, world.Fleet.Live);
        var policy = new RakNetSelfScalingPolicy(32, 4, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(60), TimeSpan.FromHours(12));

        policy.Step(world.Fleet, 0);
        policy.Step(world.Fleet, 43_199);
        var stillThere = servers[1].Phase;
        policy.Step(world.Fleet, 43_200);

        Assert.Equal(ServerPhase.Ready, stillThere);
        Assert.Equal(ServerPhase.Deleted, servers[1].Phase);
        Assert.Equal(ServerPhase.Ready, servers[0].Phase);
        Assert.Equal(1, world.Counters.DecisionsByReason["raknet: idle self-delete"]);
    }
}
