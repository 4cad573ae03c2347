using Autoscaler.Simulator.Fleet;
using Autoscaler.Simulator.Live;

namespace Autoscaler.Simulator.Tests.Live;

public class LiveFleetMirrorTests
{
    private static LiveServerView Up(string id, bool draining = false) => new(id, "as-game-" + id, "ACTIVE", GameUp: true, draining);

    [Fact]
    public void Sync_NewServerInBuild_IsAdoptedAndTakesNoPlayersUntilItsAgentIsUp()
    {
        var world = new TestWorld(slots: 10);
        var mirror = new LiveFleetMirror(world.Fleet);

        mirror.Sync([new LiveServerView("a", "as-game-a", "BUILD", GameUp: false, Draining: false)], now: 5);
        world.Players.Step(5, 1, 3, world.Fleet.Live);

        var server = Assert.Single(world.Fleet.Live);
        Assert.Equal(ServerPhase.Booting, server.Phase);
        Assert.Equal(5, server.CreatedAt);
        Assert.Equal(1, world.Counters.Creates);
        Assert.Equal(3, world.Counters.DeniedJoins);

        mirror.Sync([Up("a")], now: 10);
        world.Players.Step(10, 1, 3, world.Fleet.Live);

        Assert.Equal(ServerPhase.Ready, server.Phase);
        Assert.Equal(3, server.Players);
        Assert.Equal([new KeyValuePair<string, int>("a", 3)], mirror.Seats);
    }

    [Fact]
    public void Sync_AgentDrainingThenUndrained_FollowsIt()
    {
        var world = new TestWorld(slots: 10);
        var mirror = new LiveFleetMirror(world.Fleet);
        mirror.Sync([Up("a")], now: 0);

        mirror.Sync([Up("a", draining: true)], now: 1);
        world.Players.Step(1, 1, 2, world.Fleet.Live);

        Assert.Equal(ServerPhase.Draining, world.Fleet.Live[0].Phase);
        Assert.Equal(2, world.Counters.DeniedJoins);

        mirror.Sync([Up("a")], now: 2);

        Assert.Equal(ServerPhase.Ready, world.Fleet.Live[0].Phase);
        Assert.Equal(1, world.Counters.Drains);
        Assert.Equal(1, world.Counters.Undrains);
    }

    [Fact]
    public void Sync_EmptyServerGoneFromTheCloud_IsDeletedWithoutAnOccupiedDelete()
    {
        var world = new TestWorld(slots: 10);
        var mirror = new LiveFleetMirror(world.Fleet);
        mirror.Sync([Up("a"), Up("b")], now: 0);

        mirror.Sync([Up("a")], now: 30);

        Assert.Single(world.Fleet.Live);
        Assert.Equal(30, world.Fleet.All[1].DeletedAt);
        Assert.Equal(1, world.Counters.Deletes);
        Assert.Equal(0, world.Counters.OccupiedServersDeleted);
    }

    [Fact]
    public void Sync_OccupiedServerGoneFromTheCloud_CountsAnOccupiedDeleteAndItsPlayersWait()
    {
        var world = new TestWorld(slots: 10);
        var mirror = new LiveFleetMirror(world.Fleet);
        mirror.Sync([Up("a")], now: 0);
        world.Players.Step(0, 1, 4, world.Fleet.Live);

        mirror.Sync([], now: 1);

        Assert.Equal(1, world.Counters.OccupiedServersDeleted);
        Assert.Equal(4, world.Counters.PlayersDisconnected);
        Assert.Equal(4, world.Players.Waiting);
    }

    [Fact]
    public void Sync_CloudRebootsAServer_ItsPlayersAreDroppedUntilTheGameIsBack()
    {
        var world = new TestWorld(slots: 10);
        var mirror = new LiveFleetMirror(world.Fleet);
        mirror.Sync([Up("a")], now: 0);
        world.Players.Step(0, 1, 4, world.Fleet.Live);

        mirror.Sync([new LiveServerView("a", "as-game-a", "HARD_REBOOT", GameUp: false, Draining: false)], now: 1);

        var server = world.Fleet.Live[0];
        Assert.Equal(ServerPhase.Rebooting, server.Phase);
        Assert.Equal(1, world.Counters.Reboots);
        Assert.Equal(0, server.Players);

        mirror.Sync([new LiveServerView("a", "as-game-a", "ACTIVE", GameUp: false, Draining: false)], now: 2);
        Assert.Equal(ServerPhase.Rebooting, server.Phase);

        mirror.Sync([Up("a")], now: 3);
        Assert.Equal(ServerPhase.Ready, server.Phase);
    }
}
