using Autoscaler.Agent.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Autoscaler.Agent.Tests.Agent;

/// <summary>The matchmaker's view: agents report, the directory finds servers and rows through the controller.</summary>
public sealed class ServerDirectoryTests
{
    [Fact]
    public async Task FindServersAsync_AgentsReporting_LeastLoadedWithFreeSlotsFirst()
    {
        // Arrange: three agents of one fleet, one full.
        var gateway = new FakeAgentGateway().AddServer("s-1", "arena", "t").AddServer("s-2", "arena", "t").AddServer("s-3", "arena", "t");
        await using var controller = await TestController.StartAsync(gateway);
        var agents = new List<GameServerAgent>();
        foreach (var (id, players) in new[] { ("s-1", 6), ("s-2", 1), ("s-3", 10) })
        {
            var agent = new GameServerAgent(new AgentOptions { ControllerAddress = controller.Address, ServerId = id, Fleet = "arena", Token = "t", Capacity = 10 }, new FakeTimeProvider());
            agent.SetPlayerCount(players);
            agent.MarkReady();
            agent.Post("map", 0, System.Text.Encoding.UTF8.GetBytes($"map-of-{id}"));
            agent.Start();
            agents.Add(agent);
        }

        using var directory = new ServerDirectory(controller.Address);
        await gateway.WaitUntilAsync(() => gateway.Loads.Count == 3);

        // Act
        var servers = await directory.FindServersAsync("arena");
        var packed = await directory.FindServersAsync("arena", ServerOrder.MostLoaded, freeSlotsOnly: false);
        IReadOnlyList<CloudRowValue> maps = [];
        await gateway.WaitUntilAsync(() => (maps = directory.GetRowsAsync("map", 0).GetAwaiter().GetResult()).Count == 3);

        // Assert
        Assert.Equal([("s-2", 9), ("s-1", 4)], servers.Select(s => (s.ServerId, s.FreeSlots)));
        Assert.Equal(["s-3", "s-1", "s-2"], packed.Select(s => s.ServerId));
        Assert.Equal("map-of-s-2", System.Text.Encoding.UTF8.GetString(maps.Single(m => m.ServerId == "s-2").Value.Span));
        foreach (var agent in agents)
        {
            await agent.DisposeAsync();
        }
    }

    [Fact]
    public async Task SubscribeAsync_AgentPostsThenStops_CurrentSyncedUpdatedReleased()
    {
        var gateway = new FakeAgentGateway().AddServer("s-1", "arena", "t");
        await using var controller = await TestController.StartAsync(gateway);
        using var directory = new ServerDirectory(controller.Address);
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await using var events = directory.SubscribeAsync("lobby", 0, "arena", cancel.Token).GetAsyncEnumerator(cancel.Token);
        Assert.True(await events.MoveNextAsync());
        var synced = events.Current;

        var agent = new GameServerAgent(new AgentOptions { ControllerAddress = controller.Address, ServerId = "s-1", Fleet = "arena", Token = "t", Capacity = 4 }, new FakeTimeProvider());
        agent.Post("lobby", 0, "open"u8);
        agent.Start();
        Assert.True(await events.MoveNextAsync());
        var updated = events.Current;
        await agent.DisposeAsync();
        Assert.True(await events.MoveNextAsync());
        var released = events.Current;

        Assert.Equal(CloudRowChangeKind.Synced, synced.Kind);
        Assert.Equal((CloudRowChangeKind.Updated, "s-1", "open"), (updated.Kind, updated.Row!.ServerId, System.Text.Encoding.UTF8.GetString(updated.Row.Value.Span)));
        Assert.Equal((CloudRowChangeKind.Released, "s-1"), (released.Kind, released.Row!.ServerId));
    }
}
