using System.Threading.Channels;
using Autoscaler.Protocol.V1;

namespace Autoscaler.Controller.Agents.KeyValue;

/// <summary>One open Subscribe call: its filter and the events waiting to be sent.</summary>
internal sealed class StoreSubscription : IDisposable
{
    private readonly Channel<SubscriptionEvent> _events;
    private readonly Action<StoreSubscription> _onDispose;

    public StoreSubscription(RowFilter filter, int buffer, Action<StoreSubscription> onDispose)
    {
        Filter = filter;
        _onDispose = onDispose;
        _events = Channel.CreateBounded<SubscriptionEvent>(new BoundedChannelOptions(buffer)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
    }

    public RowFilter Filter { get; }

    public ChannelReader<SubscriptionEvent> Events => _events.Reader;

    /// <summary>Queues an event; a subscriber that fell a whole buffer behind is ended rather than silently skipped.</summary>
    public void Publish(SubscriptionEvent item)
    {
        if (!_events.Writer.TryWrite(item))
        {
            _events.Writer.TryComplete(ProtocolErrors.ResourceExhausted(
                "subscription", "the subscriber fell too far behind; subscribe again"));
        }
    }

    public void Dispose()
    {
        _events.Writer.TryComplete();
        _onDispose(this);
    }

}
