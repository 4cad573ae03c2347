using Autoscaler.Agent.Tests.Fakes;
using Autoscaler.Protocol.V1;
using Grpc.Core;

namespace Autoscaler.Agent.Tests.Controller;

/// <summary>Get and Subscribe semantics of the CloudServer-style store, over real gRPC.</summary>
public sealed class CloudKeyValueTests : IAsyncLifetime
{
    private static readonly CloudKey LoadKey = new() { Primary = "autoscaler.load", Secondary = 0 };
    private static readonly CloudKey MapKey = new() { Primary = "map", Secondary = 0 };

    private readonly FakeAgentGateway _gateway = new FakeAgentGateway()
        .AddServer("a-1", "arena", "t")
        .AddServer("a-2", "arena", "t")
        .AddServer("a-3", "arena", "t")
        .AddServer("a-4", "arena", "t")
        .AddServer("c-1", "coop", "t");

    private readonly List<RawAgentCall> _calls = [];
    private TestController _controller = null!;
    private Cloud.CloudClient _client = null!;

    public async Task InitializeAsync()
    {
        _controller = await TestController.StartAsync(_gateway);
        var queries = RawAgentCall.Open(_controller.Address);
        _calls.Add(queries);
        _client = queries.Client;
    }

    public async Task DisposeAsync()
    {
        foreach (var call in _calls)
        {
            await call.DisposeAsync();
        }

        await _controller.DisposeAsync();
    }

    [Fact]
    public async Task Get_LoadKeyLeastLoaded_ServersOfFleetWithFreeSlotsLeastLoadedFirst()
    {
        await ConnectAsync("a-1", players: 8, capacity: 10);
        await ConnectAsync("a-2", players: 2, capacity: 10);
        await ConnectAsync("a-3", players: 10, capacity: 10);
        await ConnectAsync("a-4", players: 0, capacity: 10, ServerState.Draining);
        await ConnectAsync("c-1", players: 0, capacity: 10);

        var response = await _client.GetAsync(new GetRequest { Keys = { LoadKey }, Fleet = "arena", FreeSlotsOnly = true, Order = LoadOrder.LeastLoaded });

        Assert.Equal(["a-2", "a-1"], response.Rows.Select(r => r.ServerId));
        Assert.Equal(2u, response.TotalRows);
        Assert.Equal((2, 10, 8), (response.Rows[0].Load.Players, response.Rows[0].Load.Capacity, response.Rows[0].Load.FreeSlots));
        Assert.All(response.Rows, r => Assert.Equal("arena", r.Fleet));
    }

    [Fact]
    public async Task Get_MostLoadedWithPaging_PacksFirstAndCountsAllMatches()
    {
        await ConnectAsync("a-1", players: 8, capacity: 10);
        await ConnectAsync("a-2", players: 2, capacity: 10);
        await ConnectAsync("a-3", players: 5, capacity: 10);

        var first = await _client.GetAsync(new GetRequest { Keys = { LoadKey }, Order = LoadOrder.MostLoaded, MaxRows = 2 });
        var second = await _client.GetAsync(new GetRequest { Keys = { LoadKey }, Order = LoadOrder.MostLoaded, MaxRows = 2, StartingRow = 2 });

        Assert.Equal(["a-1", "a-3"], first.Rows.Select(r => r.ServerId));
        Assert.Equal(["a-2"], second.Rows.Select(r => r.ServerId));
        Assert.Equal(3u, first.TotalRows);
    }

    [Fact]
    public async Task Get_PostedRows_NamePosterAndCarryItsLoad()
    {
        var a1 = await ConnectAsync("a-1", players: 3, capacity: 10);
        var c1 = await ConnectAsync("c-1", players: 1, capacity: 4);
        await a1.SendAsync(RawAgentCall.Post("map", 0, "dust"u8.ToArray()));
        await c1.SendAsync(RawAgentCall.Post("map", 0, "mesa"u8.ToArray()));
        await c1.SendAsync(RawAgentCall.Post("map", 1, "other"u8.ToArray()));

        var all = await WaitForRowsAsync(new GetRequest { Keys = { MapKey } }, 2);
        var specific = await _client.GetAsync(new GetRequest { Keys = { MapKey }, ServerIds = { "c-1" } });

        Assert.Equal([("a-1", "dust", 3), ("c-1", "mesa", 1)], all.Rows.Select(r => (r.ServerId, r.Value.ToStringUtf8(), r.Load.Players)));
        Assert.Equal("mesa", specific.Rows.Single().Value.ToStringUtf8());
    }

    [Fact]
    public async Task Get_AfterPosterDisconnects_ItsRowsAndLoadAreGone()
    {
        var a1 = await ConnectAsync("a-1", players: 3, capacity: 10);
        await ConnectAsync("a-2", players: 1, capacity: 10);
        await a1.SendAsync(RawAgentCall.Post("map", 0, "dust"u8.ToArray()));
        await WaitForRowsAsync(new GetRequest { Keys = { MapKey } }, 1);

        await a1.CompleteAsync();
        await _gateway.WaitUntilAsync(() => _gateway.Disconnects == 1);

        var rows = await _client.GetAsync(new GetRequest { Keys = { MapKey, LoadKey } });
        Assert.Equal([("a-2", "autoscaler.load")], rows.Rows.Select(r => (r.ServerId, r.Key.Primary)));
    }

    [Fact]
    public async Task Get_ReleasedRow_IsGoneAndOverwriteKeepsOneRow()
    {
        var a1 = await ConnectAsync("a-1", players: 0, capacity: 10);
        await a1.SendAsync(RawAgentCall.Post("map", 0, "one"u8.ToArray()));
        await a1.SendAsync(RawAgentCall.Post("map", 0, "two"u8.ToArray()));
        await a1.SendAsync(RawAgentCall.Post("mode", 0, "ffa"u8.ToArray()));
        await a1.SendAsync(new AgentMessage { Release = new Release { Keys = { new CloudKey { Primary = "mode" } } } });
        await a1.SendAsync(RawAgentCall.Post("done", 0, []));
        await WaitForRowsAsync(new GetRequest { Keys = { new CloudKey { Primary = "done" } } }, 1);

        var rows = await _client.GetAsync(new GetRequest { Keys = { MapKey, new CloudKey { Primary = "mode" } } });

        Assert.Equal("two", rows.Rows.Single().Value.ToStringUtf8());
    }

    [Theory]
    [InlineData(0, 0u, "keys")]
    [InlineData(1, 1001u, "max_rows")]
    public async Task Get_InvalidRequest_InvalidArgumentNamingField(int keys, uint maxRows, string field)
    {
        var request = new GetRequest { MaxRows = maxRows };
        request.Keys.AddRange(Enumerable.Repeat(MapKey, keys));

        var error = await Assert.ThrowsAsync<RpcException>(() => _client.GetAsync(request).ResponseAsync);

        Assert.Equal([field], RawAgentCall.ViolatedFields(error));
    }

    [Fact]
    public async Task Get_InvalidFleetAndServerId_NamesBoth()
    {
        var error = await Assert.ThrowsAsync<RpcException>(() =>
            _client.GetAsync(new GetRequest { Keys = { MapKey }, Fleet = "Not A Fleet", ServerIds = { "bad id" } }).ResponseAsync);

        Assert.Equal(["fleet", "server_ids[0]"], RawAgentCall.ViolatedFields(error));
    }

    [Fact]
    public async Task Subscribe_CurrentThenSyncedThenUpdatesAndReleases()
    {
        var a1 = await ConnectAsync("a-1", players: 0, capacity: 10);
        await a1.SendAsync(RawAgentCall.Post("map", 0, "dust"u8.ToArray()));
        await WaitForRowsAsync(new GetRequest { Keys = { MapKey } }, 1);
        using var subscription = _client.Subscribe(new SubscribeRequest { Keys = { MapKey }, Fleet = "arena" });
        var events = subscription.ResponseStream;

        var current = await NextAsync(events);
        var synced = await NextAsync(events);
        var a2 = await ConnectAsync("a-2", players: 0, capacity: 10);
        var c1 = await ConnectAsync("c-1", players: 0, capacity: 10);
        await c1.SendAsync(RawAgentCall.Post("map", 0, "other fleet"u8.ToArray()));
        await a2.SendAsync(RawAgentCall.Post("map", 0, "mesa"u8.ToArray()));
        var updated = await NextAsync(events);
        await a1.SendAsync(new AgentMessage { Release = new Release { Keys = { MapKey } } });
        var released = await NextAsync(events);
        await a2.CompleteAsync();
        var gone = await NextAsync(events);

        Assert.Equal((RowChange.Current, "a-1", "dust"), (current.Change, current.Row.ServerId, current.Row.Value.ToStringUtf8()));
        Assert.Equal(RowChange.Synced, synced.Change);
        Assert.Null(synced.Row);
        Assert.Equal((RowChange.Updated, "a-2", "mesa"), (updated.Change, updated.Row.ServerId, updated.Row.Value.ToStringUtf8()));
        Assert.Equal((RowChange.Released, "a-1"), (released.Change, released.Row.ServerId));
        Assert.Equal((RowChange.Released, "a-2"), (gone.Change, gone.Row.ServerId));
    }

    [Fact]
    public async Task Subscribe_LoadKey_NotifiesEveryLoadChange()
    {
        using var subscription = _client.Subscribe(new SubscribeRequest { Keys = { LoadKey } });
        var events = subscription.ResponseStream;
        Assert.Equal(RowChange.Synced, (await NextAsync(events)).Change);

        var a1 = await ConnectAsync("a-1", players: 1, capacity: 10);
        var first = await NextAsync(events);
        await a1.SendAsync(RawAgentCall.Load(6, 10, ServerState.Ready, sequence: 2));
        var second = await NextAsync(events);

        Assert.Equal((RowChange.Updated, 1), (first.Change, first.Row.Load.Players));
        Assert.Equal((RowChange.Updated, 6), (second.Change, second.Row.Load.Players));
    }

    [Fact]
    public async Task Subscribe_InvalidRequest_InvalidArgument()
    {
        using var subscription = _client.Subscribe(new SubscribeRequest());

        var error = await Assert.ThrowsAsync<RpcException>(() => subscription.ResponseStream.MoveNext(CancellationToken.None));

        Assert.Equal(["keys"], RawAgentCall.ViolatedFields(error));
    }

    private async Task<RawAgentCall> ConnectAsync(string serverId, int players, int capacity, ServerState state = ServerState.Ready)
    {
        var call = RawAgentCall.Open(_controller.Address);
        _calls.Add(call);
        var fleet = serverId.StartsWith("c-", StringComparison.Ordinal) ? "coop" : "arena";
        await call.HelloAsync(RawAgentCall.Hello(serverId, fleet, "t", capacity));
        await call.SendAsync(RawAgentCall.Load(players, capacity, state));
        await _gateway.WaitUntilAsync(() => _gateway.LatestLoad(serverId) is not null);
        return call;
    }

    private async Task<GetResponse> WaitForRowsAsync(GetRequest request, int count)
    {
        GetResponse response = new();
        await _gateway.WaitUntilAsync(() =>
        {
            response = _client.Get(request);
            return response.Rows.Count >= count;
        });
        return response;
    }

    private static async Task<SubscriptionEvent> NextAsync(IAsyncStreamReader<SubscriptionEvent> events)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        Assert.True(await events.MoveNext(timeout.Token), "the subscription ended");
        return events.Current;
    }
}
