extern alias controller;

using Autoscaler.Agent.Tests.Fakes;
using controller::Autoscaler.Controller.Agents;
using controller::Autoscaler.Controller.Agents.KeyValue;
using Microsoft.Extensions.Time.Testing;
using Proto = controller::Autoscaler.Protocol.V1;

namespace Autoscaler.Agent.Tests.Controller;

/// <summary>The load row as the report path writes it: through the session's own record, in place, never into a
/// session that is over, and never into a row already handed out.</summary>
public sealed class CloudStoreLoadTests
{
    private const string Fleet = "arena";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero));
    private readonly CloudStore _store;

    public CloudStoreLoadTests() =>
        _store = new CloudStore(new FixedOptionsMonitor<AgentProtocolOptions>(new AgentProtocolOptions()), _time);

    [Fact]
    public void SetLoad_LatestSequence_ServedWithFreeSlots()
    {
        var poster = _store.Attach("srv-1", Fleet, sessionId: 1);

        _store.SetLoad(poster, 1, players: 3, capacity: 10, Proto.ServerState.Ready, _time.GetUtcNow());
        _store.SetLoad(poster, 2, players: 4, capacity: 10, Proto.ServerState.Ready, _time.GetUtcNow());

        var load = Assert.Single(GetLoads().Rows).Load;
        Assert.Equal((4, 10, Proto.ServerState.Ready, 6), (load.Players, load.Capacity, load.State, load.FreeSlots));
    }

    [Fact]
    public void SetLoad_OlderSequence_Ignored()
    {
        var poster = _store.Attach("srv-1", Fleet, sessionId: 1);
        _store.SetLoad(poster, 5, players: 4, capacity: 10, Proto.ServerState.Ready, _time.GetUtcNow());

        _store.SetLoad(poster, 4, players: 9, capacity: 10, Proto.ServerState.Ready, _time.GetUtcNow());

        Assert.Equal(4, Assert.Single(GetLoads().Rows).Load.Players);
    }

    [Fact]
    public void SetLoad_SessionReplacedByANewerOne_Ignored()
    {
        var stale = _store.Attach("srv-1", Fleet, sessionId: 1);
        var current = _store.Attach("srv-1", Fleet, sessionId: 2);
        using var subscription = _store.Subscribe(new Proto.SubscribeRequest { Keys = { LoadKey() } })!;

        _store.SetLoad(stale, 7, players: 9, capacity: 10, Proto.ServerState.Ready, _time.GetUtcNow());
        var afterStale = GetLoads();
        _store.SetLoad(current, 1, players: 2, capacity: 10, Proto.ServerState.Ready, _time.GetUtcNow());

        Assert.Empty(afterStale.Rows);
        Assert.Equal(2, Assert.Single(GetLoads().Rows).Load.Players);
        Assert.Equal([2], Updates(subscription).Select(u => u.Row.Load.Players));
    }

    [Fact]
    public void SetLoad_SessionDetached_Ignored()
    {
        var poster = _store.Attach("srv-1", Fleet, sessionId: 1);
        _store.Detach("srv-1", sessionId: 1);
        using var subscription = _store.Subscribe(new Proto.SubscribeRequest { Keys = { LoadKey() } })!;

        _store.SetLoad(poster, 1, players: 2, capacity: 10, Proto.ServerState.Ready, _time.GetUtcNow());

        Assert.Empty(GetLoads().Rows);
        Assert.Empty(Updates(subscription));
        Assert.Equal(0, _store.PosterCount);
    }

    [Fact]
    public void SetLoad_LaterReport_LeavesRowsAlreadyAnsweredAlone()
    {
        var poster = _store.Attach("srv-1", Fleet, sessionId: 1);
        _store.SetLoad(poster, 1, players: 2, capacity: 10, Proto.ServerState.Ready, _time.GetUtcNow());
        var first = GetLoads();

        _store.SetLoad(poster, 2, players: 8, capacity: 10, Proto.ServerState.Draining, _time.GetUtcNow());

        var answered = Assert.Single(first.Rows).Load;
        Assert.Equal((2, Proto.ServerState.Ready, 8), (answered.Players, answered.State, answered.FreeSlots));
        var now = Assert.Single(GetLoads().Rows).Load;
        Assert.Equal((8, Proto.ServerState.Draining, 0), (now.Players, now.State, now.FreeSlots));
    }

    [Fact]
    public void SetLoad_Subscriber_GetsEachReportAsItWas()
    {
        var poster = _store.Attach("srv-1", Fleet, sessionId: 1);
        using var subscription = _store.Subscribe(new Proto.SubscribeRequest { Keys = { LoadKey() } })!;

        _store.SetLoad(poster, 1, players: 1, capacity: 10, Proto.ServerState.Ready, _time.GetUtcNow());
        _time.Advance(TimeSpan.FromSeconds(1));
        _store.SetLoad(poster, 2, players: 5, capacity: 10, Proto.ServerState.Ready, _time.GetUtcNow());

        var updates = Updates(subscription);

        Assert.Equal([1, 5], updates.Select(u => u.Row.Load.Players));
        Assert.Equal(_time.GetUtcNow(), updates[1].Row.UpdatedAt.ToDateTimeOffset());
    }

    private static List<Proto.SubscriptionEvent> Updates(StoreSubscription subscription)
    {
        var updates = new List<Proto.SubscriptionEvent>();
        while (subscription.Events.TryRead(out var item))
        {
            if (item.Change == Proto.RowChange.Updated)
            {
                updates.Add(item);
            }
        }

        return updates;
    }

    private static Proto.CloudKey LoadKey() => new() { Primary = ProtocolLimits.LoadKeyPrimary };

    private Proto.GetResponse GetLoads() => _store.Get(new Proto.GetRequest { Keys = { LoadKey() }, Fleet = Fleet });
}
