using Autoscaler.Controller.Persistence;
using Autoscaler.Controller.Registry;

namespace Autoscaler.Controller.Core;

/// <summary>Copies between a server's live slot and its persisted record.</summary>
internal static class ServerRecords
{
    /// <summary>The record for a server the controller is about to create.</summary>
    public static ServerRecord NewRecord(ServerSlot slot, string operationId) => new()
    {
        Id = slot.Id,
        Fleet = slot.Fleet,
        CreateOperationId = operationId,
        TokenHash = slot.TokenHash,
        State = slot.State,
        CreatedAt = slot.CreatedAt,
        StateSince = slot.StateSince,
        Capacity = slot.Capacity,
    };

    /// <summary>Writes the slot's lifecycle and load into the record.</summary>
    public static void CopyFrom(ServerRecord record, ServerSlot slot)
    {
        lock (slot.Gate)
        {
            record.CloudId = slot.CloudId;
            record.CloudStatus = slot.CloudStatus;
            record.State = slot.State;
            record.StateSince = slot.StateSince;
            record.ReadyAt = slot.ReadyAt;
            record.CreateUncertain = slot.CreateUncertain;
            record.RebootCount = slot.RebootCount;
            record.Players = slot.Players;
            record.Capacity = slot.Capacity;
            record.LastSeenAt = slot.LastSeenAt;
            record.EmptySince = slot.EmptySince;
            if (slot.State == ServerState.Deleted)
            {
                record.DeletedAt ??= slot.StateSince;
            }
        }
    }

    /// <summary>A live slot for a record restored at start-up; the agent gets a fresh heartbeat window to reconnect.</summary>
    public static ServerSlot Restore(ServerRecord record, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new ServerSlot(record.Id, record.Fleet, record.TokenHash, record.CreatedAt, record.Capacity)
        {
            State = record.State,
            StateSince = record.StateSince,
            CloudId = record.CloudId,
            CloudStatus = record.CloudStatus,
            CreateUncertain = record.CreateUncertain,
            RebootCount = record.RebootCount,
            ReadyAt = record.ReadyAt,
            Players = record.Players,
            LastSeenAt = now,
            EmptySince = record.EmptySince,
            Dirty = false,
        };
    }
}
