using Autoscaler.Controller.Persistence;
using Autoscaler.Controller.Policy;
using Autoscaler.Controller.Registry;

namespace Autoscaler.Controller.Tests.Core;

public sealed class CrashSafetyTests
{
    [Fact]
    public async Task Restart_CrashAfterIntentBeforeCall_NoDuplicateThenGivenUpAndRecreated()
    {
        await using var h = await EngineHarness.StartAsync(o => { o.MinServers = 1; o.MinFreeSlots = 0; });
        h.Cloud.CreateFailure = new OperationCanceledException("process killed");
        await Assert.ThrowsAnyAsync<OperationCanceledException>(h.TickAsync);
        h.Cloud.CreateFailure = null;

        await h.RestartAsync();
        await h.ReconcileAsync();
        var whileUnsure = await h.TickAsync();
        h.Time.Advance(h.ControllerOptions.CreateRequestTimeout);
        await h.ReconcileAsync();
        var after = await h.TickAsync();

        Assert.Equal(0, whileUnsure.Create);
        Assert.Equal(1, after.Create);
        var servers = await h.ServersAsync();
        Assert.Equal([ServerState.Deleted, ServerState.Building], servers.Select(s => s.State));
        Assert.Single(h.Cloud.Servers);
        Assert.Equal(servers[1].CloudId, h.Cloud.Servers.Single().Id);
        var operations = await h.OperationsAsync();
        Assert.Equal([OperationStatus.Failed, OperationStatus.Succeeded], operations.Select(o => o.Status));
    }

    [Fact]
    public async Task Restart_CrashAfterCreateLanded_AdoptsByNameWithoutDuplicate()
    {
        await using var h = await EngineHarness.StartAsync(o => { o.MinServers = 1; o.MinFreeSlots = 0; });
        h.Cloud.CreateFailure = new OperationCanceledException("process killed");
        h.Cloud.CreateLandsBeforeFailure = true;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(h.TickAsync);
        h.Cloud.CreateFailure = null;

        await h.RestartAsync();
        await h.ReconcileAsync();
        var decision = await h.TickAsync();

        Assert.Equal(0, decision.Create);
        var server = Assert.Single(await h.ServersAsync());
        Assert.Equal(h.Cloud.Servers.Single().Id, server.CloudId);
        Assert.Equal(ServerState.Building, server.State);
        Assert.Equal(OperationStatus.Succeeded, Assert.Single(await h.OperationsAsync()).Status);
        Assert.Single(h.Cloud.Creates);
    }

    [Fact]
    public async Task Reconcile_CreateResponseLost_AdoptsAndCountsItAgain()
    {
        await using var h = await EngineHarness.StartAsync(o => { o.MinServers = 1; o.MinFreeSlots = 0; o.CreateBackoff = TimeSpan.FromMinutes(1); });
        h.Cloud.CreateFailure = new HttpRequestException("timeout");
        h.Cloud.CreateLandsBeforeFailure = true;
        await h.TickAsync();
        h.Cloud.CreateFailure = null;

        await h.ReconcileAsync();
        h.Time.Advance(TimeSpan.FromMinutes(2));
        var decision = await h.TickAsync();

        Assert.Equal(0, decision.Create);
        var server = Assert.Single(await h.ServersAsync());
        Assert.False(server.CreateUncertain);
        Assert.NotNull(server.CloudId);
        Assert.Single(h.Cloud.Servers);
    }

    [Fact]
    public async Task Reconcile_OrphanNamedLikeOurs_DeletesOnlyIt()
    {
        await using var h = await EngineHarness.StartAsync();
        var orphan = h.Cloud.Add("as-f-19abcdef0000", "ACTIVE");
        var stranger = h.Cloud.Add("web-1", "ACTIVE");
        var otherFleet = h.Cloud.Add("as-g-19abcdef0001", "ACTIVE");

        await h.ReconcileAsync();

        Assert.Equal([orphan.Id], h.Cloud.Deletes);
        Assert.Equal([stranger.Id, otherFleet.Id], h.Cloud.Servers.Select(s => s.Id).Order());
        var operation = Assert.Single(await h.OperationsAsync());
        Assert.Equal(OperationKind.Delete, operation.Kind);
        Assert.Equal(OperationStatus.Succeeded, operation.Status);
    }

    [Fact]
    public async Task Reconcile_CreateAnsweredAfterListTaken_NotTakenForDeletedBehindOurBack()
    {
        await using var h = await EngineHarness.StartAsync(o => { o.MinServers = 1; o.MinFreeSlots = 0; });
        var answer = new TaskCompletionSource();
        h.Cloud.CreateAnswerGate = answer.Task;
        var tick = h.TickAsync();
        h.Time.Advance(TimeSpan.FromSeconds(5));
        h.Cloud.WhileListing = async () =>
        {
            // The list is taken with the create still in flight; the cloud answers it before reconcile looks at the server.
            h.Time.Advance(TimeSpan.FromSeconds(1));
            answer.SetResult();
            await tick;
        };

        await h.ReconcileAsync();
        await h.ReconcileAsync();

        Assert.Single(h.Cloud.Servers);
        Assert.Empty(h.Cloud.Deletes);
        var live = (await h.ServersAsync()).Where(s => s.State != ServerState.Deleted).ToList();
        Assert.Single(live);
        Assert.Equal(h.Cloud.Servers.Single().Id, live[0].CloudId);
    }

    [Fact]
    public async Task Reconcile_ServerDeletedBehindOurBack_MarkedDeletedAndReplaced()
    {
        await using var h = await EngineHarness.StartAsync(o => { o.MinServers = 1; o.MinFreeSlots = 0; });
        await h.TickAsync();
        h.Cloud.Vanish(h.Cloud.Servers.Single().Id);
        h.Time.Advance(TimeSpan.FromSeconds(1));

        await h.ReconcileAsync();
        var decision = await h.TickAsync();

        Assert.Equal(1, decision.Create);
        Assert.Equal([ServerState.Deleted, ServerState.Building], (await h.ServersAsync()).Select(s => s.State));
    }

    [Fact]
    public async Task Reconcile_CrashDuringDelete_DeletesAgainAfterRestart()
    {
        await using var h = await EngineHarness.StartAsync(o => { o.MinServers = 0; o.MinFreeSlots = 0; o.BuildTimeout = TimeSpan.FromMinutes(1); });
        h.Engine.Registry.Fleet("f").ManualFloor = 1;
        await h.TickAsync();
        h.Engine.Registry.Fleet("f").ManualFloor = null;
        h.Cloud.DeleteFailure = new OperationCanceledException("process killed");
        h.Time.Advance(TimeSpan.FromMinutes(1));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(h.TickAsync);
        h.Cloud.DeleteFailure = null;

        await h.RestartAsync();
        Assert.Equal(ServerState.Deleting, Assert.Single(await h.ServersAsync()).State);
        Assert.DoesNotContain(await h.OperationsAsync(), o => o.Status == OperationStatus.Pending);
        await h.ReconcileAsync();

        Assert.Empty(h.Cloud.Servers);
        Assert.Equal(ServerState.Deleted, Assert.Single(await h.ServersAsync()).State);
        Assert.Equal(2, h.Cloud.Deletes.Count);
    }

    [Fact]
    public async Task Reconcile_CloudReportsError_TickReplacesServer()
    {
        await using var h = await EngineHarness.StartAsync(o => { o.MinServers = 1; o.MinFreeSlots = 0; });
        await h.TickAsync();
        h.Cloud.SetStatus(h.Cloud.Servers.Single().Id, "ERROR");

        await h.ReconcileAsync();
        var decision = await h.TickAsync();

        Assert.Equal(DecisionReason.CloudError, Assert.Single(decision.Replace).Reason);
        Assert.Equal(1, decision.Create);
        Assert.Single(h.Cloud.Servers);
    }

    [Fact]
    public async Task Restart_ReadyServer_AgentReconnectsWithItsTokenAndNoRebootStorm()
    {
        await using var h = await EngineHarness.StartAsync(o => { o.MinServers = 1; o.MinFreeSlots = 0; });
        await h.TickAsync();
        var session = h.Hello(h.Cloud.Creates[0]);
        h.Report(session, 4);
        await h.TickAsync();

        h.Time.Advance(TimeSpan.FromMinutes(10));
        await h.RestartAsync();
        var decision = await h.TickAsync();
        var again = h.Hello(h.Cloud.Creates[0]);

        Assert.Empty(decision.Reboot);
        Assert.Equal(session.ServerId, again.ServerId);
        Assert.True(again.SessionId > 0);
        Assert.Equal(4, h.Engine.Registry.Fleet("f").TotalPlayers);
    }

    [Fact]
    public async Task Reconcile_BuildFinishes_MovesServerToBooting()
    {
        await using var h = await EngineHarness.StartAsync(o => { o.MinServers = 1; o.MinFreeSlots = 0; });
        await h.TickAsync();
        h.Cloud.SetStatus(h.Cloud.Servers.Single().Id, "ACTIVE");

        await h.ReconcileAsync();

        var server = Assert.Single(await h.ServersAsync());
        Assert.Equal(ServerState.Booting, server.State);
        Assert.Equal("ACTIVE", server.CloudStatus);
    }
}
