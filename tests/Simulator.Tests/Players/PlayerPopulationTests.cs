namespace Autoscaler.Simulator.Tests.Players;

public class PlayerPopulationTests
{
    [Fact]
    public void Step_MoreDemandThanSlots_SeatsWhatFitsAndDeniesTheRest()
    {
        var world = new TestWorld(slots: 10);
        var servers = world.ReadyServers(2);

        world.Players.Step(0, 1, 25, world.Fleet.Live);

        Assert.Equal(20, world.Players.Seated);
        Assert.Equal(5, world.Players.Waiting);
        Assert.Equal(25, world.Counters.Joins);
        Assert.Equal(5, world.Counters.DeniedJoins);
        Assert.All(servers, s => Assert.Equal(10, s.Players));
    }

    [Fact]
    public void Step_FillFirst_PacksOneServerBeforeTheNext()
    {
        var world = new TestWorld(slots: 10);
        var servers = world.ReadyServers(3);

        world.Players.Step(0, 1, 13, world.Fleet.Live);

        Assert.Equal([10, 3, 0], servers.Select(s => s.Players));
    }

    [Fact]
    public void Step_WaitingPlayers_AreSeatedFirstComeFirstServedWhenASlotFrees()
    {
        var world = new TestWorld(slots: 10, bootSeconds: 30);
        world.ReadyServers(1);
        world.Players.Step(0, 1, 12, world.Fleet.Live);
        world.Fleet.Create(5, "test");

        world.Fleet.Advance(35);
        world.Players.Step(35, 1, 12, world.Fleet.Live);

        Assert.Equal(12, world.Players.Seated);
        Assert.Equal(0, world.Players.Waiting);
        Assert.Equal(2, world.Counters.DeniedJoins);
        Assert.Equal(35, world.Counters.LongestWaitSeconds);
    }

    [Fact]
    public void Step_LessDemand_PlayersLeaveRandomServers()
    {
        var world = new TestWorld(slots: 10, mode: Simulator.Players.MatchmakingMode.Spread, seed: 3);
        var servers = world.ReadyServers(4);
        world.Players.Step(0, 1, 40, world.Fleet.Live);

        world.Players.Step(1, 1, 20, world.Fleet.Live);

        Assert.Equal(20, world.Players.Seated);
        Assert.Equal(20, world.Counters.Leaves);
        Assert.Equal(20, servers.Sum(s => s.Players));
        Assert.True(servers.Count(s => s.Players is > 0 and < 10) >= 2, string.Join(",", servers.Select(s => s.Players)));
    }

    [Fact]
    public void Step_SameSeed_LeavesTheSameServers()
    {
        int[] Run()
        {
            var world = new TestWorld(slots: 10, seed: 42);
            var servers = world.ReadyServers(5);
            world.Players.Step(0, 1, 50, world.Fleet.Live);
            world.Players.Step(1, 1, 23, world.Fleet.Live);
            return [.. servers.Select(s => s.Players)];
        }

        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void Step_WithSessions_ReplacesEndedSessionsWithNewJoins()
    {
        var world = new TestWorld(slots: 100, sessionMinutes: 1);
        world.ReadyServers(1);
        world.Players.Step(0, 1, 60, world.Fleet.Live);

        for (var t = 1; t <= 60; t++)
        {
            world.Players.Step(t, 1, 60, world.Fleet.Live);
        }

        Assert.Equal(60, world.Players.Seated);
        Assert.InRange(world.Counters.Leaves, 30, 90);
        Assert.Equal(60 + world.Counters.Leaves, world.Counters.Joins);
    }

    [Fact]
    public void Evict_PlayersOfADeletedServer_WaitForAnotherSlot()
    {
        var world = new TestWorld(slots: 10);
        var servers = world.ReadyServers(2);
        world.Players.Step(0, 1, 15, world.Fleet.Live);

        world.Fleet.Delete(servers[0], 3, "test");

        Assert.Equal(5, world.Players.Seated);
        Assert.Equal(10, world.Players.Waiting);
        Assert.Equal(1, world.Counters.OccupiedServersDeleted);
        Assert.Equal(10, world.Counters.PlayersDisconnected);
    }

    [Fact]
    public void Finish_PlayersStillWaiting_CountTowardsTheLongestWait()
    {
        var world = new TestWorld(slots: 10);
        world.Players.Step(4, 1, 3, world.Fleet.Live);

        world.Players.Finish(100);

        Assert.Equal(96, world.Counters.LongestWaitSeconds);
    }
}
