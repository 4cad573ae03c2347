using Autoscaler.Agent;
using Autoscaler.Harness;

namespace Autoscaler.EndToEnd.Tests.Harness;

/// <summary>Fill-first matchmaking over real (unstarted) agents.</summary>
public sealed class FillFirstSeatingTests
{
    [Fact]
    public async Task ChooseHost_SomeFullSomeEmpty_PicksFullestWithFreeSlot()
    {
        await using var three = Agent("a", players: 3);
        await using var full = Agent("b", players: 5);
        await using var empty = Agent("c", players: 0);
        RunningGameServer[] servers = [new("a", three), new("b", full), new("c", empty)];

        var host = FillFirstSeating.Instance.ChooseHost(servers);

        Assert.Equal("a", host?.CloudServerId);
    }

    [Fact]
    public async Task ChooseHost_AllFull_ReturnsNull()
    {
        await using var full = Agent("a", players: 5);

        Assert.Null(FillFirstSeating.Instance.ChooseHost([new("a", full)]));
    }

    [Fact]
    public async Task ChooseLeaver_Occupied_PicksEmptiest()
    {
        await using var three = Agent("a", players: 3);
        await using var one = Agent("b", players: 1);

        var leaver = FillFirstSeating.Instance.ChooseLeaver([new("a", three), new("b", one)]);

        Assert.Equal("b", leaver.CloudServerId);
    }

    private static GameServerAgent Agent(string id, int players)
    {
        var agent = new GameServerAgent(new AgentOptions
        {
            ControllerAddress = new Uri("http://127.0.0.1:1/"), ServerId = id, Fleet = "e2e", Token = "test-token", Capacity = 5,
        });
        agent.SetPlayerCount(players);
        return agent;
    }
}
