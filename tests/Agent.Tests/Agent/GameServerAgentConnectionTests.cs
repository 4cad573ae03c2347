extern alias controller;

using System.Net;
using System.Net.Sockets;
using Autoscaler.Agent.Tests.Fakes;
using Autoscaler.Protocol.V1;
using Grpc.Net.Client;
using Xunit.Abstractions;
using Microsoft.Extensions.Time.Testing;
using FakeCommands = controller::Autoscaler.Controller.Registry.AgentCommand;

namespace Autoscaler.Agent.Tests.Agent;

/// <summary>The agent against the real Cloud service: coalescing, heartbeats, reconnection, bounded state while down.</summary>
public sealed class GameServerAgentConnectionTests(ITestOutputHelper output)
{
    internal const string ServerId = "srv-1";
    internal const string Fleet = "arena";
    internal const string Token = "token-of-srv-1";

    [Fact]
    public async Task SetPlayerCount_TenThousandUpdatesInOneSecondFromOneThread_LastStateWinsWithFewReports()
    {
        // Arrange
        var time = new FakeTimeProvider();
        var gateway = new FakeAgentGateway().AddServer(ServerId, Fleet, Token);
        await using var controller = await TestController.StartAsync(gateway);
        await using var agent = new GameServerAgent(Options(controller.Address), time);
        agent.MarkReady();
        agent.Start();
        await gateway.WaitUntilAsync(() => agent.IsConnected && gateway.Loads.Count == 1);
        var phaseStart = time.GetUtcNow();

        // Act: 10,000 updates spread over one virtual second (100 µs apart) from a single game thread.
        var game = new Thread(() =>
        {
            for (var i = 1; i <= 10_000; i++)
            {
                agent.SetPlayerCount(i % 16);
                time.Advance(TimeSpan.FromTicks(1_000));
            }

            agent.SetPlayerCount(13);
            agent.SetMetric("tick_ms", 4.5);
        });
        game.Start();
        game.Join();
        await gateway.WaitUntilAsync(
            () => gateway.LatestLoad(ServerId) is { Players: 13 } load && load.Metrics.ContainsKey("tick_ms"),
            tick: () => time.Advance(TimeSpan.FromMilliseconds(250)));

        // Assert: at most one report per report interval (1 s) of virtual time, the last carrying the final state.
        var elapsed = time.GetUtcNow() - phaseStart;
        var reports = gateway.Loads.Count - 1;
        output.WriteLine($"10,001 updates -> {reports} load reports over {elapsed.TotalSeconds:F2} s of virtual time");
        Assert.InRange(reports, 1, (int)elapsed.TotalSeconds + 2);
        Assert.Equal(13, gateway.LatestLoad(ServerId)?.Players);
        Assert.Equal(4.5, gateway.LatestLoad(ServerId)?.Metrics["tick_ms"]);
        var sequences = gateway.Loads.Select(l => l.Load.Sequence).ToList();
        Assert.Equal(sequences.Order(), sequences);
    }

    [Fact]
    public async Task Start_IdleForHeartbeatInterval_SendsHeartbeatOnlyWhenTimeAdvances()
    {
        var time = new FakeTimeProvider();
        var gateway = new FakeAgentGateway().AddServer(ServerId, Fleet, Token);
        await using var controller = await TestController.StartAsync(gateway);
        await using var agent = new GameServerAgent(Options(controller.Address), time);
        agent.Start();
        await gateway.WaitUntilAsync(() => agent.IsConnected && gateway.Loads.Count == 1);
        var heartbeatsBefore = gateway.Heartbeats;

        time.Advance(TimeSpan.FromSeconds(5));
        await gateway.WaitUntilAsync(() => gateway.Heartbeats == heartbeatsBefore + 1);
        time.Advance(TimeSpan.FromSeconds(5));
        await gateway.WaitUntilAsync(() => gateway.Heartbeats == heartbeatsBefore + 2);

        Assert.Equal(0, heartbeatsBefore);
        Assert.Single(gateway.Loads);
    }

    [Fact]
    public async Task ChangeIntervalsCommand_NewHeartbeatInterval_Applies()
    {
        var time = new FakeTimeProvider();
        var gateway = new FakeAgentGateway().AddServer(ServerId, Fleet, Token);
        await using var controller = await TestController.StartAsync(gateway);
        await using var agent = new GameServerAgent(Options(controller.Address), time);
        agent.Start();
        await gateway.WaitUntilAsync(() => agent.IsConnected && gateway.Session(ServerId) is not null);

        gateway.Session(ServerId)!.Send(new FakeCommands.ChangeIntervals(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1)));
        await gateway.WaitUntilAsync(() => agent.HeartbeatInterval == TimeSpan.FromSeconds(1));
        time.Advance(TimeSpan.FromSeconds(1));

        await gateway.WaitUntilAsync(() => gateway.Heartbeats >= 1);
        Assert.Equal(TimeSpan.FromMilliseconds(200), agent.ReportInterval);
    }

    [Fact]
    public async Task Start_ControllerRestartsOnSamePort_ReconnectsAndResendsStateAndRows()
    {
        // Arrange
        var time = new FakeTimeProvider();
        var gateway = new FakeAgentGateway().AddServer(ServerId, Fleet, Token);
        var first = await TestController.StartAsync(gateway);
        var port = first.Port;
        await using var agent = new GameServerAgent(Options(first.Address), time);
        agent.SetPlayerCount(3);
        agent.MarkReady();
        agent.Post("map", 0, "dust"u8);
        agent.Start();
        await gateway.WaitUntilAsync(() => gateway.LatestLoad(ServerId) is { Players: 3 });

        // Act: the controller goes away; the game goes on; a new controller comes up on the same address.
        await first.DisposeAsync();
        await gateway.WaitUntilAsync(() => !agent.IsConnected);
        agent.SetPlayerCount(5);
        agent.Post("map", 0, "mesa"u8);
        var restartedGateway = new FakeAgentGateway().AddServer(ServerId, Fleet, Token);
        await using var second = await TestController.StartAsync(restartedGateway, port);
        await restartedGateway.WaitUntilAsync(
            () => restartedGateway.LatestLoad(ServerId) is { Players: 5 },
            tick: () => time.Advance(TimeSpan.FromSeconds(1)));

        // Assert: the state and the row reach the new controller.
        using var channel = GrpcChannel.ForAddress(second.Address);
        var client = new Cloud.CloudClient(channel);
        GetResponse rows = new();
        await restartedGateway.WaitUntilAsync(() => (rows = client.Get(new GetRequest { Keys = { new CloudKey { Primary = "map" } } })).Rows.Count == 1);
        Assert.Equal(("srv-1", "mesa"), (rows.Rows[0].ServerId, rows.Rows[0].Value.ToStringUtf8()));
        Assert.True(agent.IsConnected);
    }

    [Fact]
    public async Task Start_ControllerDownWhileGameUpdates_OnlyLatestStateIsSentOnConnect()
    {
        // Arrange: an address nothing listens on yet.
        var port = FreePort();
        var time = new FakeTimeProvider();
        await using var agent = new GameServerAgent(Options(new Uri($"http://127.0.0.1:{port}")), time);
        agent.MarkReady();
        agent.Start();

        // Act: while down, the game updates 100,000 times and overwrites one row 1,000 times.
        for (var i = 0; i < 100_000; i++)
        {
            agent.SetPlayerCount(i % 16);
        }

        for (var i = 0; i < 1_000; i++)
        {
            agent.Post("round", 0, BitConverter.GetBytes(i));
        }

        var gateway = new FakeAgentGateway().AddServer(ServerId, Fleet, Token);
        await using var controller = await TestController.StartAsync(gateway, port);
        await gateway.WaitUntilAsync(() => agent.IsConnected && gateway.Loads.Count >= 1, tick: () => time.Advance(TimeSpan.FromSeconds(1)));

        // Assert: one report with the latest state, the row's last value; nothing queued from the outage.
        Assert.Equal(99_999 % 16, gateway.LatestLoad(ServerId)?.Players);
        using var channel = GrpcChannel.ForAddress(controller.Address);
        var client = new Cloud.CloudClient(channel);
        GetResponse rows = new();
        await gateway.WaitUntilAsync(() => (rows = client.Get(new GetRequest { Keys = { new CloudKey { Primary = "round" } } })).Rows.Count == 1);
        Assert.Equal(999, BitConverter.ToInt32(rows.Rows[0].Value.Span));
        Assert.Single(gateway.Loads);
    }

    [Fact]
    public async Task Start_TokenRefused_KeepsRetryingUntilAccepted()
    {
        var time = new FakeTimeProvider();
        var gateway = new FakeAgentGateway().AddServer(ServerId, Fleet, "another-token");
        await using var controller = await TestController.StartAsync(gateway);
        await using var agent = new GameServerAgent(Options(controller.Address), time);
        agent.Start();
        await gateway.WaitUntilAsync(() => gateway.Refusals >= 3, tick: () => time.Advance(TimeSpan.FromSeconds(1)));

        gateway.AddServer(ServerId, Fleet, Token);
        await gateway.WaitUntilAsync(() => agent.IsConnected, tick: () => time.Advance(TimeSpan.FromSeconds(5)));

        Assert.Equal(1, gateway.Admissions);
        Assert.True(gateway.Refusals >= 3);
    }

    [Fact]
    public async Task Start_AllSixtyFourRowsPosted_PassTheDefaultRateLimitOnEveryReconnect()
    {
        var time = new FakeTimeProvider();
        var gateway = new FakeAgentGateway().AddServer(ServerId, Fleet, Token);
        await using var controller = await TestController.StartAsync(gateway);
        await using var agent = new GameServerAgent(Options(controller.Address), time);
        for (uint i = 0; i < 64; i++)
        {
            agent.Post("slot", i, new byte[16]);
        }

        agent.Start();
        await gateway.WaitUntilAsync(() => gateway.Loads.Count == 1);
        gateway.Session(ServerId)!.Complete();
        await gateway.WaitUntilAsync(() => gateway.Admissions == 2 && gateway.Loads.Count == 2, tick: () => time.Advance(TimeSpan.FromSeconds(1)));

        using var channel = GrpcChannel.ForAddress(controller.Address);
        var rows = new Cloud.CloudClient(channel).Get(new GetRequest { Keys = { Enumerable.Range(0, 16).Select(i => new CloudKey { Primary = "slot", Secondary = (uint)i }) } });
        Assert.Equal(16, rows.Rows.Count);
        Assert.Equal(1, gateway.Disconnects);
    }

    internal static AgentOptions Options(Uri address) => new()
    {
        ControllerAddress = address,
        ServerId = ServerId,
        Fleet = Fleet,
        Token = Token,
        Capacity = 16,
    };

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
