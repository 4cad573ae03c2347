using Microsoft.Extensions.Options;

namespace Autoscaler.Agent.Tests.Agent;

/// <summary>The agent's public API without a controller: validation of options and inputs, never blocking.</summary>
public sealed class GameServerAgentApiTests
{
    private static readonly Uri Nowhere = new("http://127.0.0.1:9");

    [Fact]
    public void Constructor_EmptyOptions_ThrowsListingEveryMissingValue()
    {
        var error = Assert.Throws<OptionsValidationException>(() => new GameServerAgent(new AgentOptions()));

        var keys = error.Failures.Select(f => f.Split(' ')[0]).ToList();
        Assert.Equal(["ControllerAddress", "ServerId", "Fleet", "Token", "Capacity"], keys);
    }

    [Fact]
    public void Constructor_BadIntervalsAndAddress_NamesEach()
    {
        var options = GameServerAgentConnectionTests.Options(new Uri("ftp://controller"));
        options.ReconnectMinDelay = TimeSpan.FromSeconds(10);
        options.ReconnectMaxDelay = TimeSpan.FromSeconds(1);
        options.HeartbeatInterval = TimeSpan.Zero;

        var error = Assert.Throws<OptionsValidationException>(() => new GameServerAgent(options));

        Assert.Equal(["ControllerAddress", "HeartbeatInterval", "ReconnectMaxDelay"], error.Failures.Select(f => f.Split(' ')[0]));
    }

    [Fact]
    public void Constructor_OptionsEditedAfterwards_AgentKeepsItsCopy()
    {
        var options = GameServerAgentConnectionTests.Options(Nowhere);
        var agent = new GameServerAgent(options);

        options.ServerId = "someone-else";

        Assert.Equal(GameServerAgentConnectionTests.ServerId, agent.ServerId);
    }

    [Fact]
    public void Options_ToString_NeverShowsTheToken()
    {
        var options = GameServerAgentConnectionTests.Options(Nowhere);

        Assert.DoesNotContain(GameServerAgentConnectionTests.Token, options.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void PlayerLeft_BelowZero_StaysAtZero()
    {
        var agent = new GameServerAgent(GameServerAgentConnectionTests.Options(Nowhere));

        agent.PlayerJoined();
        agent.PlayerLeft();
        agent.PlayerLeft();

        Assert.Equal(0, agent.Players);
    }

    [Fact]
    public void SetPlayerCount_Negative_Throws()
    {
        var agent = new GameServerAgent(GameServerAgentConnectionTests.Options(Nowhere));

        Assert.Throws<ArgumentOutOfRangeException>(() => agent.SetPlayerCount(-1));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100_001)]
    public void SetCapacity_OutOfRange_Throws(int capacity)
    {
        var agent = new GameServerAgent(GameServerAgentConnectionTests.Options(Nowhere));

        Assert.Throws<ArgumentOutOfRangeException>(() => agent.SetCapacity(capacity));
    }

    [Fact]
    public void SetMetric_InvalidNameOrValue_Throws()
    {
        var agent = new GameServerAgent(GameServerAgentConnectionTests.Options(Nowhere));

        Assert.Throws<ArgumentException>(() => agent.SetMetric("bad name", 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => agent.SetMetric("ok", double.PositiveInfinity));
    }

    [Fact]
    public void SetMetric_MoreThanSixteen_Throws()
    {
        var agent = new GameServerAgent(GameServerAgentConnectionTests.Options(Nowhere));
        for (var i = 0; i < 16; i++)
        {
            agent.SetMetric($"m{i}", i);
        }

        Assert.Throws<InvalidOperationException>(() => agent.SetMetric("m16", 16));
    }

    [Theory]
    [InlineData("autoscaler.load")]
    [InlineData("")]
    [InlineData("white space")]
    public void Post_BadKey_Throws(string primary)
    {
        var agent = new GameServerAgent(GameServerAgentConnectionTests.Options(Nowhere));

        Assert.Throws<ArgumentException>(() => agent.Post(primary, 0, [1]));
    }

    [Fact]
    public void Post_OversizedValueOrTooManyRows_Throws()
    {
        var agent = new GameServerAgent(GameServerAgentConnectionTests.Options(Nowhere));
        Assert.Throws<ArgumentException>(() => agent.Post("map", 0, new byte[4097]));
        for (uint i = 0; i < 64; i++)
        {
            agent.Post("k", i, [1]);
        }

        Assert.Throws<InvalidOperationException>(() => agent.Post("k", 64, [1]));
        agent.Release("k", 0);
        agent.Post("k", 64, [1]);
    }

    [Fact]
    public async Task DisposeAsync_Twice_IsHarmlessAndStartAfterwardsThrows()
    {
        var agent = new GameServerAgent(GameServerAgentConnectionTests.Options(Nowhere));
        agent.Start();

        await agent.DisposeAsync();
        await agent.DisposeAsync();

        Assert.Throws<ObjectDisposedException>(agent.Start);
        Assert.False(agent.IsConnected);
    }

    [Fact]
    public void State_BeforeMarkReady_IsStarting()
    {
        var agent = new GameServerAgent(GameServerAgentConnectionTests.Options(Nowhere));

        var before = agent.State;
        agent.MarkReady();

        Assert.Equal((AgentServerState.Starting, AgentServerState.Ready), (before, agent.State));
    }
}
