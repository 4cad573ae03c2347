using Autoscaler.Protocol.V1;
using Google.Protobuf;

namespace Autoscaler.Controller.Agents.KeyValue;

/// <summary>What one connected server has posted. Mutated only under the store's lock.</summary>
internal sealed class PosterRecord(string serverId, string fleet, long sessionId)
{
    public string ServerId { get; } = serverId;

    public string Fleet { get; } = fleet;

    public long SessionId { get; } = sessionId;

    /// <summary>The session is over (detached or replaced): the record is out of the store and takes no more writes.</summary>
    public bool Retired { get; set; }

    /// <summary>The latest load (null until the first report).</summary>
    public ServerLoad? Load { get; set; }

    public ulong LoadSequence { get; set; }

    public DateTimeOffset LoadUpdatedAt { get; set; }

    public Dictionary<RowKey, (ByteString Value, DateTimeOffset UpdatedAt)> Rows { get; } = [];

    /// <summary>Bytes of keys and values held, counted against the upload limit.</summary>
    public long UploadBytes { get; set; }

    /// <summary>players / capacity, or null when the load is unknown.</summary>
    public double? Utilisation => Load is { Capacity: > 0 } load ? (double)load.Players / load.Capacity : null;

    public bool HasFreeSlots => Load is { State: ServerState.Ready } load && load.Players < load.Capacity;
}
