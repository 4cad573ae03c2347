using Autoscaler.Protocol.V1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Microsoft.Extensions.Options;

namespace Autoscaler.Controller.Agents.KeyValue;

/// <summary>The CloudServer-style key/value store: rows owned by connected servers, their load, and subscriptions.</summary>
/// <remarks>
/// One lock guards the store; every operation under it is a few dictionary operations and non-blocking channel
/// writes, never I/O. A poster's rows belong to its current session: a stale stream can neither write nor erase them.
/// </remarks>
internal sealed class CloudStore(IOptionsMonitor<AgentProtocolOptions> options, TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, PosterRecord> _posters = new(StringComparer.Ordinal);
    private readonly List<StoreSubscription> _subscriptions = [];

    /// <summary>Starts a poster's session, dropping whatever an older session of the same server left.</summary>
    /// <returns>The session's record, which its stream hands back to <see cref="SetLoad"/> (no lookup per report).</returns>
    public PosterRecord Attach(string serverId, string fleet, long sessionId)
    {
        lock (_gate)
        {
            if (_posters.Remove(serverId, out var old))
            {
                Retire(old);
            }

            var poster = new PosterRecord(serverId, fleet, sessionId);
            _posters[serverId] = poster;
            return poster;
        }
    }

    /// <summary>Ends a poster's session: its rows and load go (unless a newer session already replaced it).</summary>
    public void Detach(string serverId, long sessionId)
    {
        lock (_gate)
        {
            if (_posters.TryGetValue(serverId, out var poster) && poster.SessionId == sessionId)
            {
                _posters.Remove(serverId);
                Retire(poster);
            }
        }
    }

    /// <summary>Publishes a load report as the poster's load row; older sequences, and a session that is over, are ignored.</summary>
    /// <param name="poster">The record <see cref="Attach"/> returned to the reporting session.</param>
    /// <param name="sequence">The report's sequence (increasing within the session).</param>
    /// <param name="players">Players on the server.</param>
    /// <param name="capacity">Player slots of the server.</param>
    /// <param name="state">The state the server reports.</param>
    /// <param name="receivedAt">When the controller received the report.</param>
    public void SetLoad(PosterRecord poster, ulong sequence, int players, int capacity, ServerState state, DateTimeOffset receivedAt)
    {
        ArgumentNullException.ThrowIfNull(poster);
        lock (_gate)
        {
            if (poster.Retired || sequence <= poster.LoadSequence)
            {
                return;
            }

            // Updated in place: the load is read only under this lock, and every row handed out carries a clone.
            var load = poster.Load ??= new ServerLoad();
            load.Players = players;
            load.Capacity = capacity;
            load.State = state;
            load.FreeSlots = state == ServerState.Ready ? capacity - players : 0;
            poster.LoadSequence = sequence;
            poster.LoadUpdatedAt = receivedAt;
            Publish(RowChange.Updated, RowKey.Load, poster, ByteString.Empty, receivedAt);
        }
    }

    /// <summary>Creates or overwrites the row (key, poster) within the poster's limits.</summary>
    public PostOutcome Post(string serverId, long sessionId, RowKey key, ByteString value)
    {
        var limits = options.CurrentValue;
        lock (_gate)
        {
            if (!TryGetCurrent(serverId, sessionId, out var poster))
            {
                return PostOutcome.StaleSession;
            }

            var exists = poster.Rows.TryGetValue(key, out var previous);
            if (!exists && poster.Rows.Count >= limits.MaxKeysPerServer)
            {
                return PostOutcome.TooManyKeys;
            }

            var bytes = poster.UploadBytes - (exists ? key.Bytes + previous.Value.Length : 0) + key.Bytes + value.Length;
            if (bytes > limits.MaxUploadBytesPerServer)
            {
                return PostOutcome.TooManyBytes;
            }

            var now = time.GetUtcNow();
            poster.Rows[key] = (value, now);
            poster.UploadBytes = bytes;
            Publish(RowChange.Updated, key, poster, value, now);
            return PostOutcome.Stored;
        }
    }

    /// <summary>Removes rows of the poster; keys it does not hold are ignored.</summary>
    public void Release(string serverId, long sessionId, IEnumerable<RowKey> keys)
    {
        lock (_gate)
        {
            if (!TryGetCurrent(serverId, sessionId, out var poster))
            {
                return;
            }

            foreach (var key in keys)
            {
                if (poster.Rows.Remove(key, out var row))
                {
                    poster.UploadBytes -= key.Bytes + row.Value.Length;
                    Publish(RowChange.Released, key, poster, ByteString.Empty, time.GetUtcNow());
                }
            }
        }
    }

    /// <summary>Answers a Get: matching rows, ordered by their posters' load, paged.</summary>
    public GetResponse Get(GetRequest request)
    {
        var filter = new RowFilter(request.Keys, request.Fleet, request.ServerIds, request.FreeSlotsOnly);
        var rows = new List<(RowKey Key, PosterRecord Poster, ByteString Value, DateTimeOffset UpdatedAt)>();
        var response = new GetResponse();
        lock (_gate)
        {
            foreach (var poster in _posters.Values)
            {
                if (!filter.Selects(poster))
                {
                    continue;
                }

                foreach (var key in filter.Keys)
                {
                    if (TryGetRow(poster, key, out var value, out var updatedAt))
                    {
                        rows.Add((key, poster, value, updatedAt));
                    }
                }
            }

            rows.Sort((a, b) => LoadOrdering.Compare(request.Order, a.Poster, a.Key, b.Poster, b.Key));
            response.TotalRows = (uint)rows.Count;
            var take = request.MaxRows == 0 ? ProtocolLimits.DefaultRowsPerGet : (int)request.MaxRows;
            foreach (var row in rows.Skip((int)Math.Min(request.StartingRow, int.MaxValue)).Take(take))
            {
                response.Rows.Add(ToRow(row.Key, row.Poster, row.Value, row.UpdatedAt));
            }
        }

        return response;
    }

    /// <summary>Opens a subscription and queues every current matching row then a SYNCED marker; null when full.</summary>
    public StoreSubscription? Subscribe(SubscribeRequest request)
    {
        var limits = options.CurrentValue;
        var filter = new RowFilter(request.Keys, request.Fleet, request.ServerIds, freeSlotsOnly: false);
        lock (_gate)
        {
            if (_subscriptions.Count >= limits.MaxSubscriptions)
            {
                return null;
            }

            // The snapshot may exceed the live buffer; it is sized to hold it.
            var current = new List<SubscriptionEvent>();
            foreach (var poster in _posters.Values.Where(filter.Selects))
            {
                foreach (var key in filter.Keys)
                {
                    if (TryGetRow(poster, key, out var value, out var updatedAt))
                    {
                        current.Add(new SubscriptionEvent { Change = RowChange.Current, Row = ToRow(key, poster, value, updatedAt) });
                    }
                }
            }

            var subscription = new StoreSubscription(filter, limits.SubscriberBuffer + current.Count + 1, Unsubscribe);
            current.ForEach(subscription.Publish);
            subscription.Publish(new SubscriptionEvent { Change = RowChange.Synced });
            _subscriptions.Add(subscription);
            return subscription;
        }
    }

    /// <summary>How many servers are attached (for tests and metrics).</summary>
    public int PosterCount
    {
        get
        {
            lock (_gate)
            {
                return _posters.Count;
            }
        }
    }

    private void Unsubscribe(StoreSubscription subscription)
    {
        lock (_gate)
        {
            _subscriptions.Remove(subscription);
        }
    }

    private bool TryGetCurrent(string serverId, long sessionId, out PosterRecord poster) =>
        _posters.TryGetValue(serverId, out poster!) && poster.SessionId == sessionId;

    private static bool TryGetRow(PosterRecord poster, RowKey key, out ByteString value, out DateTimeOffset updatedAt)
    {
        if (key == RowKey.Load)
        {
            value = ByteString.Empty;
            updatedAt = poster.LoadUpdatedAt;
            return poster.Load is not null;
        }

        var found = poster.Rows.TryGetValue(key, out var row);
        (value, updatedAt) = (row.Value ?? ByteString.Empty, row.UpdatedAt);
        return found;
    }

    /// <summary>Marks a poster's session over (its stream can no longer write) and announces its rows' removal.</summary>
    private void Retire(PosterRecord poster)
    {
        poster.Retired = true;
        var now = time.GetUtcNow();
        if (poster.Load is not null)
        {
            Publish(RowChange.Released, RowKey.Load, poster, ByteString.Empty, now);
        }

        foreach (var key in poster.Rows.Keys)
        {
            Publish(RowChange.Released, key, poster, ByteString.Empty, now);
        }
    }

    private void Publish(RowChange change, RowKey key, PosterRecord poster, ByteString value, DateTimeOffset updatedAt)
    {
        SubscriptionEvent? item = null;
        foreach (var subscription in _subscriptions)
        {
            if (subscription.Filter.Selects(key, poster))
            {
                item ??= new SubscriptionEvent { Change = change, Row = ToRow(key, poster, value, updatedAt) };
                subscription.Publish(item);
            }
        }
    }

    private static CloudRow ToRow(RowKey key, PosterRecord poster, ByteString value, DateTimeOffset updatedAt) => new()
    {
        Key = key.ToProto(),
        ServerId = poster.ServerId,
        Fleet = poster.Fleet,
        Value = value,
        Load = poster.Load?.Clone(),
        UpdatedAt = Timestamp.FromDateTimeOffset(updatedAt),
    };
}
