using System.Text;
using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Persistence;
using Autoscaler.Controller.Policy;
using Autoscaler.Controller.Registry;

namespace Autoscaler.Controller.Tests.Core;

public sealed class FleetEngineTests
{
    [Fact]
    public async Task TickAsync_BelowMinimum_CreatesNamedServerAndRecordsIt()
    {
        await using var h = await EngineHarness.StartAsync(o => o.MinServers = 1);

        var decision = await h.TickAsync();

        Assert.Equal(1, decision.Create);
        var spec = Assert.Single(h.Cloud.Creates);
        var server = Assert.Single(await h.ServersAsync());
        var operation = Assert.Single(await h.OperationsAsync());
        Assert.Equal($"as-f-{operation.Id}", spec.Name);
        Assert.Equal(spec.Name, server.Id);
        Assert.Equal(ServerState.Building, server.State);
        Assert.Equal(h.Cloud.Servers.Single().Id, server.CloudId);
        Assert.Equal(OperationKind.Create, operation.Kind);
        Assert.Equal(OperationStatus.Succeeded, operation.Status);
        Assert.Equal(DecisionReason.BelowMinimum, Assert.Single(await h.DecisionsAsync()).Reason);
    }

    [Fact]
    public async Task TickAsync_Create_DeliversTokenInFilesAndUserDataButStoresOnlyItsHash()
    {
        await using var h = await EngineHarness.StartAsync(o => o.MinServers = 1);

        await h.TickAsync();

        var spec = Assert.Single(h.Cloud.Creates);
        var file = Assert.Single(spec.Files);
        Assert.Equal(h.Options.BootstrapFilePath, file.Path);
        Assert.Equal(spec.UserData, Encoding.UTF8.GetString(file.Contents));
        var token = System.Text.Json.JsonDocument.Parse(spec.UserData!).RootElement.GetProperty("token").GetString()!;
        Assert.True(token.Length >= 40);
        Assert.DoesNotContain(spec.Metadata.Values, v => v.Contains(token, StringComparison.Ordinal));
        var record = Assert.Single(await h.ServersAsync());
        Assert.Equal(AgentTokens.Hash(token), record.TokenHash);
        Assert.NotEqual(token, record.TokenHash);
    }

    [Fact]
    public async Task Hello_WithOwnToken_MakesServerReady()
    {
        await using var h = await EngineHarness.StartAsync(o => o.MinServers = 1);
        await h.TickAsync();

        h.Hello(h.Cloud.Creates[0]);
        await h.TickAsync();

        Assert.Equal(ServerState.Ready, Assert.Single(await h.ServersAsync()).State);
    }

    [Fact]
    public async Task TickAsync_ReportsBreakBuffer_CreatesAndPersistsLatestLoad()
    {
        await using var h = await EngineHarness.StartAsync(o => o.MinServers = 1);
        await h.TickAsync();
        var session = h.Hello(h.Cloud.Creates[0]);

        for (var players = 1; players <= 7; players++)
        {
            h.Report(session, players);
        }

        var decision = await h.TickAsync();

        Assert.Equal(1, decision.Create);
        Assert.Equal(DecisionReason.BufferShort, decision.Reason);
        var first = (await h.ServersAsync()).Single(s => s.Id == session.ServerId);
        Assert.Equal(7, first.Players);
        Assert.Equal(2, h.Cloud.Creates.Count);
    }

    [Fact]
    public async Task TickAsync_DryRun_RecordsDecisionAndCallsNothing()
    {
        await using var h = await EngineHarness.StartAsync(o => { o.MinServers = 2; o.DryRun = true; });

        var decision = await h.TickAsync();

        Assert.Equal(2, decision.Create);
        Assert.Empty(h.Cloud.Creates);
        Assert.True(Assert.Single(await h.DecisionsAsync()).DryRun);
    }

    [Fact]
    public async Task TickAsync_CreateFails_BacksOffBeforeTryingAgain()
    {
        await using var h = await EngineHarness.StartAsync(o => { o.MinServers = 1; o.CreateBackoff = TimeSpan.FromSeconds(15); });
        h.Cloud.CreateFailure = new HttpRequestException("boom");

        await h.TickAsync();
        h.Time.Advance(TimeSpan.FromSeconds(14));
        var held = await h.TickAsync();

        Assert.Equal(DecisionReason.CreateBackoff, held.Reason);
        Assert.Single(h.Cloud.Creates);
        Assert.Equal(OperationStatus.Uncertain, Assert.Single(await h.OperationsAsync()).Status);
    }

    [Fact]
    public async Task TickAsync_AgentSilent_HardRebootsThenReplacesAfterAllowedReboots()
    {
        await using var h = await EngineHarness.StartAsync(o => { o.MinServers = 1; o.MinFreeSlots = 0; o.RebootsBeforeReplace = 1; });
        await h.TickAsync();
        h.Hello(h.Cloud.Creates[0]);
        var cloudId = h.Cloud.Servers.Single().Id;

        h.Time.Advance(TimeSpan.FromSeconds(16));
        var first = await h.TickAsync();
        h.Time.Advance(h.Options.BootTimeout);
        var second = await h.TickAsync();

        Assert.Equal(DecisionReason.HeartbeatLost, first.Reason);
        Assert.Equal([(cloudId, Autoscaler.RackspaceApi.Provisioning.RebootKind.Hard)], h.Cloud.Reboots);
        Assert.Equal(DecisionReason.RebootsExhausted, Assert.Single(second.Replace).Reason);
        Assert.Contains(cloudId, h.Cloud.Deletes);
        Assert.Equal(2, h.Cloud.Creates.Count);
        var servers = await h.ServersAsync();
        Assert.Equal(ServerState.Deleted, servers[0].State);
        Assert.Equal(ServerState.Building, servers[1].State);
    }

    [Fact]
    public async Task TickAsync_EmptyServerPastGrace_DrainsThenDeletes()
    {
        await using var h = await EngineHarness.StartAsync(o => o.MinFreeSlots = 0);
        h.Engine.Registry.Fleet("f").ManualFloor = 2;
        await h.TickAsync();
        var sessions = h.Cloud.Creates.Select(c => h.Hello(c)).ToList();
        h.Report(sessions[0], 3);
        h.Report(sessions[1], 0);
        h.Engine.Registry.Fleet("f").ManualFloor = null;

        h.AdvanceWithHeartbeats(TimeSpan.FromMinutes(1), sessions);
        var drain = await h.TickAsync();
        h.AdvanceWithHeartbeats(TimeSpan.FromSeconds(10), sessions);
        var delete = await h.TickAsync();

        var emptyId = sessions[1].ServerId;
        Assert.Equal([emptyId], drain.Drain.Select(a => a.ServerId));
        Assert.Equal([emptyId], delete.Delete.Select(a => a.ServerId));
        var servers = (await h.ServersAsync()).ToDictionary(s => s.Id);
        Assert.Equal(ServerState.Deleted, servers[emptyId].State);
        Assert.Equal(ServerState.Ready, servers[sessions[0].ServerId].State);
        Assert.Single(h.Cloud.Deletes);
    }

    [Fact]
    public async Task TickAsync_DrainCommand_ReachesTheAgent()
    {
        await using var h = await EngineHarness.StartAsync(o => o.MinFreeSlots = 0);
        h.Engine.Registry.Fleet("f").ManualFloor = 1;
        await h.TickAsync();
        var session = h.Hello(h.Cloud.Creates[0]);
        h.Engine.Registry.Fleet("f").ManualFloor = null;

        h.AdvanceWithHeartbeats(TimeSpan.FromMinutes(6), [session]);
        await h.TickAsync();

        Assert.True(session.Commands.TryRead(out var command));
        Assert.IsType<AgentCommand.Drain>(command);
    }

    [Fact]
    public async Task TickAsync_SteadyDemand_LearntBufferReplacesThePercentage()
    {
        await using var h = await EngineHarness.StartAsync(Adaptive);
        await h.TickAsync();
        var session = h.Hello(h.Cloud.Creates[0]);
        h.Report(session, 4);

        var first = await h.TickAsync();

        // Nothing learnt yet: 50 % free asks for 8 slots for 4 players.
        Assert.Equal(8, first.RequiredCapacity);
        Assert.Contains("buffer configured", first.Detail, StringComparison.Ordinal);

        var later = await TickEveryTenSecondsAsync(h, session, 12, _ => 4);

        // Once the first join (0 -> 4, a shortfall) has left the one-minute window, demand never outran the forecast: the learnt margin is 0 and the fleet keeps no more than its players.
        Assert.Equal(4, later.RequiredCapacity);
        Assert.Contains("buffer learnt 0", later.Detail, StringComparison.Ordinal);
        Assert.Equal(0, h.Engine.Registry.Fleet("f").DemandMargin);
    }

    [Fact]
    public async Task TickAsync_NoisyDemand_LearntBufferCoversTheSwings()
    {
        await using var h = await EngineHarness.StartAsync(Adaptive);
        await h.TickAsync();
        var session = h.Hello(h.Cloud.Creates[0]);

        // Players swing between 2 and 9 every tick: a forecast made at 2 meets 9 within its horizon.
        var last = await TickEveryTenSecondsAsync(h, session, 14, tick => tick % 2 == 0 ? 2 : 9);

        Assert.Equal(7, h.Engine.Registry.Fleet("f").DemandMargin);
        var players = h.Engine.Registry.Fleet("f").TotalPlayers;
        Assert.Equal(players + 7, last.RequiredCapacity);
        Assert.Contains("buffer learnt 7", last.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TickAsync_AdaptiveBufferOff_KeepsThePercentage()
    {
        await using var h = await EngineHarness.StartAsync(o => { Adaptive(o); o.AdaptiveBuffer = false; });
        await h.TickAsync();
        var session = h.Hello(h.Cloud.Creates[0]);

        var last = await TickEveryTenSecondsAsync(h, session, 12, _ => 4);

        Assert.Equal(8, last.RequiredCapacity);
        Assert.Contains("buffer configured", last.Detail, StringComparison.Ordinal);
    }

    private static void Adaptive(FleetOptions o)
    {
        o.MinServers = 1;
        o.MaxServers = 1;
        o.MinFreeSlots = 0;
        o.FreeSlotsPercent = 50;
        o.AdaptiveBuffer = true;
        o.AdaptiveBufferMinimumErrors = 3;
        o.AdaptiveBufferWindow = TimeSpan.FromMinutes(1);
        o.ExpectedBootTime = TimeSpan.FromSeconds(20);
        o.PolicyInterval = TimeSpan.FromSeconds(10);
    }

    private static async Task<ScalingDecision> TickEveryTenSecondsAsync(EngineHarness h, AgentSession session, int ticks, Func<int, int> players)
    {
        ScalingDecision? decision = null;
        for (var tick = 0; tick < ticks; tick++)
        {
            h.AdvanceWithHeartbeats(TimeSpan.FromSeconds(10), [session]);
            h.Report(session, players(tick));
            decision = await h.TickAsync();
        }

        return decision!;
    }
}
