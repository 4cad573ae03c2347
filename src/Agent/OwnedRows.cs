using System.Text;

namespace Autoscaler.Agent;

/// <summary>The key/value rows this server posts, and which of them the controller has not seen yet.</summary>
/// <remarks>
/// Bounded by the protocol's limits (rows and bytes), so memory stays bounded however long the controller is down:
/// a value posted twice while disconnected is sent once, and a release of an unsent post sends nothing.
/// </remarks>
internal sealed class OwnedRows(AsyncSignal signal)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string Primary, uint Secondary), byte[]> _rows = [];
    private readonly HashSet<(string Primary, uint Secondary)> _pending = [];
    private long _bytes;

    public void Post(string primary, uint secondary, ReadOnlySpan<byte> value)
    {
        if (!AgentLimits.IsPrimaryKey(primary))
        {
            throw new ArgumentException($"The primary key must be 1-{AgentLimits.MaxPrimaryKeyLength} chars of [A-Za-z0-9._:/-] and not start with \"{AgentLimits.ReservedPrefix}\".", nameof(primary));
        }

        if (value.Length > AgentLimits.MaxValueBytes)
        {
            throw new ArgumentException($"A value may hold at most {AgentLimits.MaxValueBytes} bytes, was {value.Length}.", nameof(value));
        }

        var key = (primary, secondary);
        var keyBytes = Encoding.UTF8.GetByteCount(primary) + sizeof(uint);
        lock (_gate)
        {
            var exists = _rows.TryGetValue(key, out var previous);
            if (!exists && _rows.Count >= AgentLimits.MaxRows)
            {
                throw new InvalidOperationException($"A server may hold at most {AgentLimits.MaxRows} rows.");
            }

            var bytes = _bytes - (exists ? keyBytes + previous!.Length : 0) + keyBytes + value.Length;
            if (bytes > AgentLimits.MaxUploadBytes)
            {
                throw new InvalidOperationException($"A server may hold at most {AgentLimits.MaxUploadBytes} bytes of keys and values.");
            }

            _rows[key] = value.ToArray();
            _bytes = bytes;
            _pending.Add(key);
        }

        signal.Raise();
    }

    public void Release(string primary, uint secondary)
    {
        ArgumentNullException.ThrowIfNull(primary);
        var key = (primary, secondary);
        lock (_gate)
        {
            if (!_rows.Remove(key, out var previous))
            {
                return;
            }

            _bytes -= Encoding.UTF8.GetByteCount(primary) + sizeof(uint) + previous.Length;
            _pending.Add(key);
        }

        signal.Raise();
    }

    public bool HasPending
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count > 0;
            }
        }
    }

    /// <summary>Takes the changes to send: a value to post, or null to release.</summary>
    public List<(string Primary, uint Secondary, byte[]? Value)> TakePending()
    {
        lock (_gate)
        {
            var changes = _pending.Select(key => (key.Primary, key.Secondary, _rows.GetValueOrDefault(key))).ToList();
            _pending.Clear();
            return changes;
        }
    }

    /// <summary>After a reconnect the controller holds nothing: every row is posted again, no release is needed.</summary>
    public void ResendAll()
    {
        lock (_gate)
        {
            _pending.Clear();
            _pending.UnionWith(_rows.Keys);
        }
    }
}
