using Autoscaler.Agent.Tests.Fakes;
using Autoscaler.Protocol.V1;
using Google.Protobuf;
using Grpc.Core;

namespace Autoscaler.Agent.Tests.Controller;

/// <summary>Every field the controller validates, over real gRPC with hand-built messages.</summary>
public sealed class CloudServiceValidationTests : IAsyncLifetime
{
    private const string Fleet = "arena";
    private readonly FakeAgentGateway _gateway = new FakeAgentGateway()
        .AddServer("srv-1", Fleet, "token-1")
        .AddServer("srv-2", Fleet, "token-2")
        .AddServer("srv-other", "other-fleet", "token-o");

    private TestController _controller = null!;

    // A generous rate limit: these tests send bursts to reach the upload limits, not the rate limit.
    public async Task InitializeAsync() => _controller = await TestController.StartAsync(_gateway, settings: new()
    {
        ["AgentProtocol:MessagesPerSecond"] = "1000",
        ["AgentProtocol:MessageBurst"] = "1000",
    });

    public async Task DisposeAsync() => await _controller.DisposeAsync();

    [Fact]
    public async Task Connect_FirstMessageIsNotHello_InvalidArgumentNamingHello()
    {
        await using var call = RawAgentCall.Open(_controller.Address);

        await call.SendAsync(RawAgentCall.Load(1));
        var error = await call.FailureAsync();

        Assert.Equal(["hello"], RawAgentCall.ViolatedFields(error));
        Assert.Equal(0, _gateway.Admissions);
    }

    [Fact]
    public async Task Connect_StreamEndsWithoutHello_InvalidArgumentNamingHello()
    {
        await using var call = RawAgentCall.Open(_controller.Address);

        await call.CompleteAsync();
        var error = await call.FailureAsync();

        Assert.Equal(["hello"], RawAgentCall.ViolatedFields(error));
    }

    [Fact]
    public async Task Connect_SecondHello_InvalidArgumentAndSessionClosed()
    {
        await using var call = RawAgentCall.Open(_controller.Address);
        await call.HelloAsync(RawAgentCall.Hello("srv-1", Fleet, "token-1"));

        await call.SendAsync(new AgentMessage { Hello = RawAgentCall.Hello("srv-1", Fleet, "token-1") });
        var error = await call.FailureAsync();

        Assert.Equal(["hello"], RawAgentCall.ViolatedFields(error));
        await _gateway.WaitUntilAsync(() => _gateway.Disconnects == 1);
    }

    [Theory]
    [InlineData("", Fleet, 16, "t", "hello.server_id")]
    [InlineData("srv 1", Fleet, 16, "t", "hello.server_id")]
    [InlineData("srv-1", "", 16, "t", "hello.fleet")]
    [InlineData("srv-1", "Arena", 16, "t", "hello.fleet")]
    [InlineData("srv-1", Fleet, 0, "t", "hello.capacity")]
    [InlineData("srv-1", Fleet, -5, "t", "hello.capacity")]
    [InlineData("srv-1", Fleet, 100_001, "t", "hello.capacity")]
    [InlineData("srv-1", Fleet, 16, "", "hello.token")]
    public async Task Connect_InvalidHelloField_InvalidArgumentNamingField(string serverId, string fleet, int capacity, string token, string field)
    {
        await using var call = RawAgentCall.Open(_controller.Address);

        await call.SendAsync(new AgentMessage { Hello = RawAgentCall.Hello(serverId, fleet, token, capacity) });
        var error = await call.FailureAsync();

        Assert.Equal([field], RawAgentCall.ViolatedFields(error));
        Assert.Equal(0, _gateway.Admissions);
    }

    [Fact]
    public async Task Connect_HelloWithSeveralBadFields_NamesEveryField()
    {
        await using var call = RawAgentCall.Open(_controller.Address);

        await call.SendAsync(new AgentMessage { Hello = new Hello { ServerId = "", Fleet = "BAD", Capacity = 0, Token = new string('x', 300), AgentVersion = new string('v', 65) } });
        var error = await call.FailureAsync();

        Assert.Equal(["hello.server_id", "hello.fleet", "hello.capacity", "hello.agent_version", "hello.token"], RawAgentCall.ViolatedFields(error));
        Assert.DoesNotContain("xxxx", error.Status.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, 16, 2, 1UL, "load.players")]
    [InlineData(17, 16, 2, 1UL, "load.players")]
    [InlineData(0, 0, 2, 1UL, "load.capacity")]
    [InlineData(0, -3, 2, 1UL, "load.capacity")]
    [InlineData(0, 16, 0, 1UL, "load.state")]
    [InlineData(0, 16, 42, 1UL, "load.state")]
    [InlineData(0, 16, 2, 0UL, "load.sequence")]
    public async Task Connect_InvalidLoadField_InvalidArgumentNamingField(int players, int capacity, int state, ulong sequence, string field)
    {
        await using var call = RawAgentCall.Open(_controller.Address);
        await call.HelloAsync(RawAgentCall.Hello("srv-1", Fleet, "token-1"));

        await call.SendAsync(RawAgentCall.Load(players, capacity, (ServerState)state, sequence));
        var error = await call.FailureAsync();

        Assert.Equal([field], RawAgentCall.ViolatedFields(error));
        Assert.Empty(_gateway.Loads);
    }

    [Fact]
    public async Task Connect_LoadWithBadMetrics_InvalidArgumentNamingMetrics()
    {
        await using var call = RawAgentCall.Open(_controller.Address);
        await call.HelloAsync(RawAgentCall.Hello("srv-1", Fleet, "token-1"));
        var load = RawAgentCall.Load(1);
        for (var i = 0; i < 17; i++)
        {
            load.Load.Metrics[$"m{i}"] = i;
        }

        load.Load.Metrics["m0"] = double.NaN;
        await call.SendAsync(load);
        var error = await call.FailureAsync();

        Assert.Equal(["load.metrics", "load.metrics[m0]"], RawAgentCall.ViolatedFields(error));
    }

    [Fact]
    public async Task Connect_PostOversizedValue_InvalidArgumentNamingValue()
    {
        await using var call = RawAgentCall.Open(_controller.Address);
        await call.HelloAsync(RawAgentCall.Hello("srv-1", Fleet, "token-1"));

        await call.SendAsync(RawAgentCall.Post("map", 0, new byte[4097]));
        var error = await call.FailureAsync();

        Assert.Equal(["post.value"], RawAgentCall.ViolatedFields(error));
    }

    [Theory]
    [InlineData("", "post.key.primary")]
    [InlineData("has space", "post.key.primary")]
    [InlineData("autoscaler.load", "post.key.primary")]
    public async Task Connect_PostBadKey_InvalidArgumentNamingKey(string primary, string field)
    {
        await using var call = RawAgentCall.Open(_controller.Address);
        await call.HelloAsync(RawAgentCall.Hello("srv-1", Fleet, "token-1"));

        await call.SendAsync(RawAgentCall.Post(primary, 0, [1]));
        var error = await call.FailureAsync();

        Assert.Equal([field], RawAgentCall.ViolatedFields(error));
    }

    [Fact]
    public async Task Connect_PostOversizedKey_InvalidArgumentNamingKey()
    {
        await using var call = RawAgentCall.Open(_controller.Address);
        await call.HelloAsync(RawAgentCall.Hello("srv-1", Fleet, "token-1"));

        await call.SendAsync(RawAgentCall.Post(new string('k', 129), 0, [1]));
        var error = await call.FailureAsync();

        Assert.Equal(["post.key.primary"], RawAgentCall.ViolatedFields(error));
    }

    [Fact]
    public async Task Connect_PostWithoutKey_InvalidArgumentNamingKey()
    {
        await using var call = RawAgentCall.Open(_controller.Address);
        await call.HelloAsync(RawAgentCall.Hello("srv-1", Fleet, "token-1"));

        await call.SendAsync(new AgentMessage { Post = new Post { Value = ByteString.CopyFromUtf8("x") } });
        var error = await call.FailureAsync();

        Assert.Equal(["post.key"], RawAgentCall.ViolatedFields(error));
    }

    [Fact]
    public async Task Connect_ReleaseWithoutKeys_InvalidArgumentNamingKeys()
    {
        await using var call = RawAgentCall.Open(_controller.Address);
        await call.HelloAsync(RawAgentCall.Hello("srv-1", Fleet, "token-1"));

        await call.SendAsync(new AgentMessage { Release = new Release() });
        var error = await call.FailureAsync();

        Assert.Equal(["release.keys"], RawAgentCall.ViolatedFields(error));
    }

    [Fact]
    public async Task Connect_EmptyMessage_InvalidArgumentNamingBody()
    {
        await using var call = RawAgentCall.Open(_controller.Address);
        await call.HelloAsync(RawAgentCall.Hello("srv-1", Fleet, "token-1"));

        await call.SendAsync(new AgentMessage());
        var error = await call.FailureAsync();

        Assert.Equal(["body"], RawAgentCall.ViolatedFields(error));
    }

    [Fact]
    public async Task Connect_TooManyRows_ResourceExhausted()
    {
        await using var call = RawAgentCall.Open(_controller.Address);
        await call.HelloAsync(RawAgentCall.Hello("srv-1", Fleet, "token-1"));

        var error = await call.SendUntilFailureAsync(Enumerable.Range(0, 65).Select(i => RawAgentCall.Post($"k{i}", 0, [1])));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Contains("post.key", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_UploadBeyondByteLimit_ResourceExhausted()
    {
        await using var call = RawAgentCall.Open(_controller.Address);
        await call.HelloAsync(RawAgentCall.Hello("srv-1", Fleet, "token-1"));

        var error = await call.SendUntilFailureAsync(Enumerable.Range(0, 17).Select(i => RawAgentCall.Post($"k{i}", 0, new byte[4000])));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        Assert.Contains("post.value", error.Status.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_MessageLargerThanLimit_ResourceExhaustedAndOtherServerUnaffected()
    {
        await using var good = RawAgentCall.Open(_controller.Address);
        await good.HelloAsync(RawAgentCall.Hello("srv-2", Fleet, "token-2"));
        await good.SendAsync(RawAgentCall.Load(3));
        await _gateway.WaitUntilAsync(() => _gateway.LatestLoad("srv-2") is { Players: 3 });
        await using var hostile = RawAgentCall.Open(_controller.Address);
        await hostile.HelloAsync(RawAgentCall.Hello("srv-1", Fleet, "token-1"));

        var error = await hostile.SendUntilFailureAsync([RawAgentCall.Post("big", 0, new byte[70_000])]);
        await good.SendAsync(RawAgentCall.Load(4, sequence: 2));

        Assert.Equal(StatusCode.ResourceExhausted, error.StatusCode);
        await _gateway.WaitUntilAsync(() => _gateway.LatestLoad("srv-2") is { Players: 4 });
    }
}
