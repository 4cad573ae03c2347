using Autoscaler.Controller.Core;
using Autoscaler.Controller.Policy;
using Autoscaler.Controller.Registry;

namespace Autoscaler.Controller.Tests.Core;

public sealed class FleetAdministrationTests
{
    [Fact]
    public async Task PauseAsync_ThenTick_DoesNothingUntilResumed()
    {
        await using var h = await EngineHarness.StartAsync(o => o.MinServers = 2);
        var admin = Admin(h);

        await admin.PauseAsync("f", CancellationToken.None);
        var paused = await h.TickAsync();
        await admin.ResumeAsync("f", CancellationToken.None);
        var resumed = await h.TickAsync();

        Assert.Equal(DecisionReason.Paused, paused.Reason);
        Assert.Equal(2, resumed.Create);
        Assert.True(admin.GetFleet("f").Servers == 2);
    }

    [Fact]
    public async Task PauseAsync_SurvivesRestart()
    {
        await using var h = await EngineHarness.StartAsync(o => o.MinServers = 2);
        await Admin(h).PauseAsync("f", CancellationToken.None);

        await h.RestartAsync();

        Assert.True(Admin(h).GetFleet("f").Paused);
        Assert.Equal(DecisionReason.Paused, (await h.TickAsync()).Reason);
    }

    [Fact]
    public async Task SetManualFloorAsync_RaisesFleetAndRejectsAboveMaximum()
    {
        await using var h = await EngineHarness.StartAsync(o => { o.MinFreeSlots = 0; o.MaxServers = 4; });
        var admin = Admin(h);

        await admin.SetManualFloorAsync("f", 3, CancellationToken.None);
        var decision = await h.TickAsync();

        Assert.Equal(3, decision.Create);
        Assert.Equal(DecisionReason.ManualFloor, decision.Reason);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => admin.SetManualFloorAsync("f", 5, CancellationToken.None));
    }

    [Fact]
    public async Task DrainServerAsync_ReadyServer_DrainsAndTellsAgent()
    {
        await using var h = await EngineHarness.StartAsync(o => { o.MinServers = 1; o.MinFreeSlots = 0; });
        await h.TickAsync();
        var session = h.Hello(h.Cloud.Creates[0]);
        var admin = Admin(h);

        var drained = await admin.DrainServerAsync("f", session.ServerId, CancellationToken.None);
        var again = await admin.DrainServerAsync("f", session.ServerId, CancellationToken.None);
        var unknown = await admin.DrainServerAsync("f", "as-f-nope", CancellationToken.None);

        Assert.True(drained);
        Assert.False(again);
        Assert.False(unknown);
        Assert.Equal(ServerState.Draining, Assert.Single(admin.ListServers("f")).State);
        Assert.True(session.Commands.TryRead(out var command));
        Assert.IsType<AgentCommand.Drain>(command);
    }

    [Fact]
    public async Task RecentDecisionsAsync_NewestFirstWithReasons()
    {
        await using var h = await EngineHarness.StartAsync(o => o.MinServers = 1);
        await h.TickAsync();
        h.Engine.Registry.Fleet("f").ManualFloor = 3;
        await h.TickAsync();

        var decisions = await Admin(h).RecentDecisionsAsync("f", 10, CancellationToken.None);

        Assert.Equal([DecisionReason.ManualFloor, DecisionReason.BelowMinimum], decisions.Select(d => d.Reason));
        Assert.Contains("required", decisions[0].Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadHistoryAsync_OneSamplePerMinute()
    {
        await using var h = await EngineHarness.StartAsync(o => o.MinServers = 1);
        await h.TickAsync();
        var session = h.Hello(h.Cloud.Creates[0]);
        h.Report(session, 2);
        await h.TickAsync();
        h.AdvanceWithHeartbeats(TimeSpan.FromSeconds(30), [session]);
        h.Report(session, 3);
        await h.TickAsync();
        h.AdvanceWithHeartbeats(TimeSpan.FromSeconds(40), [session]);
        await h.TickAsync();

        var history = await Admin(h).LoadHistoryAsync("f", h.Time.GetUtcNow() - TimeSpan.FromHours(1), CancellationToken.None);

        Assert.Equal(2, history.Count);
        Assert.Equal(3, history[0].Players);
        Assert.Equal(1, history[0].ReadyServers);
    }

    [Fact]
    public async Task PruneHistoryAsync_RemovesOnlyWhatIsOlderThanRetention()
    {
        await using var h = await EngineHarness.StartAsync(o => { o.MinServers = 1; o.BuildTimeout = TimeSpan.FromDays(30); });
        await h.TickAsync();
        h.Time.Advance(h.ControllerOptions.HistoryRetention + TimeSpan.FromMinutes(1));
        h.Engine.Registry.Fleet("f").ManualFloor = 2;
        await h.TickAsync();

        var removed = await h.Engine.PruneHistoryAsync(CancellationToken.None);

        Assert.True(removed >= 2);
        Assert.Equal(DecisionReason.ManualFloor, Assert.Single(await h.DecisionsAsync()).Reason);
        Assert.Equal(2, (await h.ServersAsync()).Count);
    }

    private static FleetAdministration Admin(EngineHarness h) => new(h.Engine, h.Engine.Catalog, h.Contexts, h.Time);
}
