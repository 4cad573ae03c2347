extern alias controller;

using Autoscaler.Agent.Tests.Fakes;
using controller::Autoscaler.Controller.Fleets;
using controller::Autoscaler.Controller.Registry;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Autoscaler.Agent.Tests.Controller;

/// <summary>The agent against the Cloud service backed by the core's real FleetRegistry (not the fake gateway).</summary>
public sealed class FleetRegistryIntegrationTests
{
    [Fact]
    public async Task Agent_WithItsMintedToken_IsAdmittedReportsLoadAndReceivesDrain()
    {
        // Arrange: the registry knows one server of fleet "arena", with a token minted as at creation.
        var time = new FakeTimeProvider();
        var catalog = FleetCatalog.Fixed(new Dictionary<string, FleetOptions> { ["arena"] = Fleet() });
        var registry = new FleetRegistry(catalog, time, NullLogger<FleetRegistry>.Instance);
        var (token, hash) = AgentTokens.Mint();
        var slot = new ServerSlot("as-arena-1", "arena", hash, time.GetUtcNow(), 10);
        registry.Add(slot);
        await using var cloud = await TestController.StartAsync(registry);
        await using var agent = new GameServerAgent(
            new AgentOptions { ControllerAddress = cloud.Address, ServerId = "as-arena-1", Fleet = "arena", Token = token, Capacity = 10 }, time);
        agent.SetPlayerCount(6);
        agent.MarkReady();

        // Act
        agent.Start();
        await Eventually(() => slot.Players == 6 && slot.Session is not null);
        registry.Send(slot, new AgentCommand.Drain("consolidate"));

        // Assert
        await Eventually(() => agent.IsDraining);
        Assert.Equal(10, slot.Capacity);
    }

    [Fact]
    public async Task Agent_WithAnotherServersToken_NeverAdmitted()
    {
        var time = new FakeTimeProvider();
        var catalog = FleetCatalog.Fixed(new Dictionary<string, FleetOptions> { ["arena"] = Fleet() });
        var registry = new FleetRegistry(catalog, time, NullLogger<FleetRegistry>.Instance);
        var (_, hash) = AgentTokens.Mint();
        var (otherToken, otherHash) = AgentTokens.Mint();
        var slot = new ServerSlot("as-arena-1", "arena", hash, time.GetUtcNow(), 10);
        registry.Add(slot);
        registry.Add(new ServerSlot("as-arena-2", "arena", otherHash, time.GetUtcNow(), 10));
        await using var cloud = await TestController.StartAsync(registry);
        await using var call = RawAgentCall.Open(cloud.Address);

        await call.SendAsync(new Autoscaler.Protocol.V1.AgentMessage { Hello = RawAgentCall.Hello("as-arena-1", "arena", otherToken, 10) });
        var error = await call.FailureAsync();

        Assert.Equal(Grpc.Core.StatusCode.Unauthenticated, error.StatusCode);
        Assert.Null(slot.Session);
    }

    private static FleetOptions Fleet() => new()
    {
        ImageId = "img", FlavorId = "flv", SlotsPerServer = 10, MinServers = 0, MaxServers = 10, MinFreeSlots = 5,
        MaxCreatesPerTick = 5, MaxInFlight = 10, MaxDrainsPerTick = 2,
        EmptyGracePeriod = TimeSpan.FromMinutes(1), DrainSettle = TimeSpan.FromSeconds(10), HeartbeatTimeout = TimeSpan.FromSeconds(15),
        BootTimeout = TimeSpan.FromMinutes(5), BuildTimeout = TimeSpan.FromMinutes(15), RebootsBeforeReplace = 2,
    };

    private static async Task Eventually(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition())
        {
            await Task.Delay(20, timeout.Token);
        }
    }
}
