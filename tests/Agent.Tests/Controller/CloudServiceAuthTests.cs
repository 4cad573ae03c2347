using Autoscaler.Agent.Tests.Fakes;
using Autoscaler.Protocol.V1;
using Google.Rpc;
using Grpc.Core;
using Microsoft.Extensions.Time.Testing;

namespace Autoscaler.Agent.Tests.Controller;

/// <summary>Admission (the gateway's answers mapped to statuses), the hello deadline and the per-stream rate limit.</summary>
public sealed class CloudServiceAuthTests
{
    private const string Fleet = "arena";

    private static FakeAgentGateway Gateway() => new FakeAgentGateway()
        .AddServer("srv-1", Fleet, "token-1")
        .AddServer("srv-2", Fleet, "token-2")
        .AddServer("srv-other", "other-fleet", "token-o");

    [Theory]
    [InlineData("srv-1", Fleet, "wrong-token", StatusCode.Unauthenticated)]
    [InlineData("srv-1", Fleet, "token-2", StatusCode.Unauthenticated)]
    [InlineData("srv-other", Fleet, "token-o", StatusCode.PermissionDenied)]
    [InlineData("srv-9", Fleet, "token-9", StatusCode.NotFound)]
    [InlineData("srv-1", "no-such-fleet", "token-1", StatusCode.NotFound)]
    public async Task Connect_RefusedHello_MapsAdmissionFailureToStatus(string serverId, string fleet, string token, StatusCode expected)
    {
        var gateway = Gateway();
        await using var controller = await TestController.StartAsync(gateway);
        await using var call = RawAgentCall.Open(controller.Address);

        await call.SendAsync(new AgentMessage { Hello = RawAgentCall.Hello(serverId, fleet, token) });
        var error = await call.FailureAsync();

        Assert.Equal(expected, error.StatusCode);
        Assert.DoesNotContain(token, error.Status.Detail, StringComparison.Ordinal);
        Assert.Equal(0, gateway.Admissions);
    }

    [Fact]
    public async Task Connect_UnknownFleet_NotFoundNamingTheFleet()
    {
        await using var controller = await TestController.StartAsync(Gateway());
        await using var call = RawAgentCall.Open(controller.Address);

        await call.SendAsync(new AgentMessage { Hello = RawAgentCall.Hello("srv-1", "no-such-fleet", "token-1") });
        var error = await call.FailureAsync();

        var resource = error.GetRpcStatus()?.GetDetail<ResourceInfo>();
        Assert.Equal(("fleet", "no-such-fleet"), (resource?.ResourceType, resource?.ResourceName));
    }

    [Fact]
    public async Task Connect_ImpostorWithWrongToken_LeavesTheRealServersRowsAlone()
    {
        var gateway = Gateway();
        await using var controller = await TestController.StartAsync(gateway);
        await using var real = RawAgentCall.Open(controller.Address);
        await real.HelloAsync(RawAgentCall.Hello("srv-1", Fleet, "token-1"));
        await real.SendAsync(RawAgentCall.Post("map", 0, [7]));
        await real.SendAsync(RawAgentCall.Load(5));
        await gateway.WaitUntilAsync(() => gateway.LatestLoad("srv-1") is not null);

        await using var impostor = RawAgentCall.Open(controller.Address);
        await impostor.SendAsync(new AgentMessage { Hello = RawAgentCall.Hello("srv-1", Fleet, "guess") });
        var error = await impostor.FailureAsync();

        Assert.Equal(StatusCode.Unauthenticated, error.StatusCode);
        var rows = await real.Client.GetAsync(new GetRequest { Keys = { new CloudKey { Primary = "map" } } });
        Assert.Equal([7], rows.Rows.Single().Value.ToByteArray());
        Assert.Equal(1, gateway.Admissions);
    }

    [Fact]
    public async Task Connect_NoHelloWithinTimeout_DeadlineExceeded()
    {
        var time = new FakeTimeProvider();
        var gateway = Gateway();
        await using var controller = await TestController.StartAsync(gateway, time: time);
        await using var silent = RawAgentCall.Open(controller.Address);
        var failure = silent.FailureAsync();

        // The silent call must reach the server before the clock moves: poll the clock forward until it fails.
        while (!failure.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(11));
            await Task.WhenAny(failure, Task.Delay(50));
        }

        Assert.Equal(StatusCode.DeadlineExceeded, (await failure).StatusCode);
    }

    [Fact]
    public async Task Connect_MessagesAboveRate_ResourceExhausted()
    {
        var gateway = Gateway();
        await using var controller = await TestController.StartAsync(gateway, settings: new()
        {
            ["AgentProtocol:MessagesPerSecond"] = "1",
            ["AgentProtocol:MessageBurst"] = "5",
            ["AgentProtocol:MaxKeysPerServer"] = "3",
        });
        await using var call = RawAgentCall.Open(controller.Address);
        await call.HelloAsync(RawAgentCall.Hello("srv-1", Fleet, "token-1"));

        var error = await call.SendUntilFailureAsync(Enumerable.Range(0, 50).Select(_ => new AgentMessage { Heartbeat = new Heartbeat() }));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.InRange(gateway.Heartbeats, 5, 49);
        await gateway.WaitUntilAsync(() => gateway.Disconnects == 1);
    }

    [Fact]
    public async Task Subscribe_BeyondMaxSubscriptions_ResourceExhausted()
    {
        await using var controller = await TestController.StartAsync(Gateway(), settings: new() { ["AgentProtocol:MaxSubscriptions"] = "1" });
        await using var queries = RawAgentCall.Open(controller.Address);
        var request = new SubscribeRequest { Keys = { new CloudKey { Primary = "map" } } };
        using var first = queries.Client.Subscribe(request);
        Assert.True(await first.ResponseStream.MoveNext(CancellationToken.None));

        using var second = queries.Client.Subscribe(request);
        var error = await Assert.ThrowsAsync<RpcException>(() => second.ResponseStream.MoveNext(CancellationToken.None));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Equal(RowChange.Synced, first.ResponseStream.Current.Change);
    }
}
