using Autoscaler.Agent.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Autoscaler.Agent.Tests;

public sealed class GameServerAgentTests
{
    private const string ServerId = "srv-1";
    private const string Fleet = "arena";
    private const string Token = "token-of-srv-1";

    [Fact]
    public async Task Start_WithPlayersSet_LoadReportArrivesAtGateway()
    {
        // Arrange
        var gateway = new FakeAgentGateway().AddServer(ServerId, Fleet, Token);
        await using var controller = await TestController.StartAsync(gateway);
        await using var agent = new GameServerAgent(Options(controller.Address), new FakeTimeProvider());
        agent.SetPlayerCount(7);
        agent.MarkReady();

        // Act
        agent.Start();
        await gateway.WaitUntilAsync(() => gateway.LatestLoad(ServerId) is { Players: 7 });

        // Assert
        var load = gateway.LatestLoad(ServerId)!;
        Assert.Equal(16, load.Capacity);
        Assert.Equal("Ready", load.State.ToString());
        Assert.True(agent.IsConnected);
    }

    internal static AgentOptions Options(Uri address) => new()
    {
        ControllerAddress = address,
        ServerId = ServerId,
        Fleet = Fleet,
        Token = Token,
        Capacity = 16,
    };
}
