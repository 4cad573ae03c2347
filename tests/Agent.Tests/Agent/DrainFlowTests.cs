extern alias controller;

using Autoscaler.Agent.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;
using FakeCommands = controller::Autoscaler.Controller.Registry.AgentCommand;
using ReportedState = controller::Autoscaler.Controller.Registry.AgentReportedState;

namespace Autoscaler.Agent.Tests.Agent;

/// <summary>Drain, undrain and shutdown from the controller to the game, and the empty draining server back to the controller.</summary>
public sealed class DrainFlowTests
{
    private const string ServerId = GameServerAgentConnectionTests.ServerId;

    [Fact]
    public async Task Drain_ThenPlayersLeave_ControllerLearnsTheDrainingServerIsEmpty()
    {
        // Arrange
        var time = new FakeTimeProvider();
        var gateway = new FakeAgentGateway().AddServer(ServerId, GameServerAgentConnectionTests.Fleet, GameServerAgentConnectionTests.Token);
        await using var controller = await TestController.StartAsync(gateway);
        await using var agent = new GameServerAgent(GameServerAgentConnectionTests.Options(controller.Address), time);
        var drains = new List<string>();
        agent.DrainRequested += (_, e) => drains.Add(e.Reason);
        agent.SetPlayerCount(4);
        agent.MarkReady();
        agent.Start();
        await gateway.WaitUntilAsync(() => gateway.LatestLoad(ServerId) is { State: ReportedState.Ready, Players: 4 });

        // Act 1: the controller drains the server.
        gateway.Session(ServerId)!.Send(new FakeCommands.Drain("scale down"));
        await gateway.WaitUntilAsync(() => agent.IsDraining);
        await gateway.WaitUntilAsync(
            () => gateway.LatestLoad(ServerId) is { State: ReportedState.Draining, Players: 4 },
            tick: () => time.Advance(TimeSpan.FromMilliseconds(500)));

        // Act 2: the last players leave.
        for (var i = 0; i < 4; i++)
        {
            agent.PlayerLeft();
        }

        await gateway.WaitUntilAsync(
            () => gateway.LatestLoad(ServerId) is { State: ReportedState.Draining, Players: 0 },
            tick: () => time.Advance(TimeSpan.FromMilliseconds(500)));

        // Assert
        Assert.Equal(["scale down"], drains);
        Assert.Equal(AgentServerState.Draining, agent.State);
        Assert.Equal(0, agent.Players);
    }

    [Fact]
    public async Task Undrain_AfterDrain_GameIsToldAndServerReportsReadyAgain()
    {
        var time = new FakeTimeProvider();
        var gateway = new FakeAgentGateway().AddServer(ServerId, GameServerAgentConnectionTests.Fleet, GameServerAgentConnectionTests.Token);
        await using var controller = await TestController.StartAsync(gateway);
        await using var agent = new GameServerAgent(GameServerAgentConnectionTests.Options(controller.Address), time);
        var undrains = new List<string>();
        agent.Undrained += (_, e) => undrains.Add(e.Reason);
        agent.MarkReady();
        agent.Start();
        await gateway.WaitUntilAsync(() => gateway.Session(ServerId) is not null && gateway.Loads.Count == 1);

        gateway.Session(ServerId)!.Send(new FakeCommands.Drain("scale down"));
        gateway.Session(ServerId)!.Send(new FakeCommands.Undrain("demand returned"));
        await gateway.WaitUntilAsync(() => undrains.Count == 1);
        time.Advance(TimeSpan.FromSeconds(1));
        await gateway.WaitUntilAsync(
            () => gateway.Loads.Count >= 2 && gateway.LatestLoad(ServerId) is { State: ReportedState.Ready },
            tick: () => time.Advance(TimeSpan.FromMilliseconds(500)));

        Assert.Equal(["demand returned"], undrains);
        Assert.False(agent.IsDraining);
        Assert.Equal(AgentServerState.Ready, agent.State);
    }

    [Fact]
    public async Task Shutdown_Notice_RaisesEventWithDeadlineAndSetsProperty()
    {
        var time = new FakeTimeProvider();
        var gateway = new FakeAgentGateway().AddServer(ServerId, GameServerAgentConnectionTests.Fleet, GameServerAgentConnectionTests.Token);
        await using var controller = await TestController.StartAsync(gateway);
        await using var agent = new GameServerAgent(GameServerAgentConnectionTests.Options(controller.Address), time);
        ShutdownEventArgs? notice = null;
        agent.ShutdownRequested += (_, e) => notice = e;
        agent.ShutdownRequested += (_, _) => throw new InvalidOperationException("a broken game handler");
        agent.Start();
        await gateway.WaitUntilAsync(() => gateway.Session(ServerId) is not null);

        gateway.Session(ServerId)!.Send(new FakeCommands.Shutdown(TimeSpan.FromSeconds(30), "replaced"));
        await gateway.WaitUntilAsync(() => agent.IsShutdownRequested);

        Assert.NotNull(notice);
        Assert.Equal(("replaced", TimeSpan.FromSeconds(30)), (notice.Reason, notice.Grace));
        Assert.Equal(time.GetUtcNow() + TimeSpan.FromSeconds(30), agent.ShutdownDeadline);
        Assert.True(agent.IsConnected);
    }

    [Fact]
    public async Task Start_ControllerAlreadyDrainingThisServer_WelcomeDrainsTheGame()
    {
        var time = new FakeTimeProvider();
        var gateway = new FakeAgentGateway().AddServer(ServerId, GameServerAgentConnectionTests.Fleet, GameServerAgentConnectionTests.Token);
        gateway.DrainingServers.Add(ServerId);
        await using var controller = await TestController.StartAsync(gateway);
        await using var agent = new GameServerAgent(GameServerAgentConnectionTests.Options(controller.Address), time);
        var drained = 0;
        agent.DrainRequested += (_, _) => Interlocked.Increment(ref drained);
        agent.MarkReady();

        agent.Start();
        await gateway.WaitUntilAsync(() => gateway.LatestLoad(ServerId) is { State: ReportedState.Draining });

        Assert.Equal(1, drained);
        Assert.True(agent.IsDraining);
    }
}
