using Autoscaler.Controller.Persistence;
using Autoscaler.Controller.Policy;
using Autoscaler.Controller.Registry;

namespace Autoscaler.Controller.Core;

/// <summary>Log messages of the fleet engine: decisions, cloud calls, reconcile (event ids 1300-1399).</summary>
internal static partial class EngineLog
{
    [LoggerMessage(EventId = 1300, Level = LogLevel.Information, Message = "Fleet {Fleet} decision {Reason}{DryRun}: create {Create}, undrain {Undrain}, drain {Drain}, delete {Delete}, reboot {Reboot}, replace {Replace} ({Detail})")]
    public static partial void Decided(ILogger logger, string fleet, DecisionReason reason, string dryRun, int create, int undrain, int drain, int delete, int reboot, int replace, string detail);

    [LoggerMessage(EventId = 1301, Level = LogLevel.Information, Message = "Server {ServerId} of fleet {Fleet} created, cloud id {CloudId}")]
    public static partial void Created(ILogger logger, string serverId, string fleet, string cloudId);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning, Message = "Create of server {ServerId} (fleet {Fleet}) failed ({Error}); reconcile will find it by name if it exists")]
    public static partial void CreateFailed(ILogger logger, string serverId, string fleet, string error);

    [LoggerMessage(EventId = 1303, Level = LogLevel.Information, Message = "Server {ServerId} of fleet {Fleet} now {State} ({Reason})")]
    public static partial void DrainChanged(ILogger logger, string serverId, string fleet, ServerState state, DecisionReason reason);

    [LoggerMessage(EventId = 1304, Level = LogLevel.Warning, Message = "Server {ServerId} of fleet {Fleet} HARD reboot ({Reason}): {Status}")]
    public static partial void Rebooted(ILogger logger, string serverId, string fleet, DecisionReason reason, OperationStatus status);

    [LoggerMessage(EventId = 1305, Level = LogLevel.Information, Message = "Server {ServerId} of fleet {Fleet} delete ({Reason}): {Status}")]
    public static partial void Deleted(ILogger logger, string serverId, string fleet, DecisionReason reason, OperationStatus status);

    [LoggerMessage(EventId = 1306, Level = LogLevel.Warning, Message = "Server {ServerId} of fleet {Fleet} has no cloud id yet; its delete waits for reconcile")]
    public static partial void DeleteDeferred(ILogger logger, string serverId, string fleet);

    [LoggerMessage(EventId = 1307, Level = LogLevel.Error, Message = "Fleet {Fleet} tick failed")]
    public static partial void TickFailed(ILogger logger, string fleet, Exception exception);

    [LoggerMessage(EventId = 1308, Level = LogLevel.Information, Message = "Restored {Servers} servers of {Fleets} fleets from the database")]
    public static partial void Restored(ILogger logger, int servers, int fleets);

    [LoggerMessage(EventId = 1310, Level = LogLevel.Information, Message = "Reconcile: server {ServerId} of fleet {Fleet} adopted by name, cloud id {CloudId}")]
    public static partial void Adopted(ILogger logger, string serverId, string fleet, string cloudId);

    [LoggerMessage(EventId = 1311, Level = LogLevel.Warning, Message = "Reconcile: server {ServerId} of fleet {Fleet} never reached the cloud; given up")]
    public static partial void GivenUp(ILogger logger, string serverId, string fleet);

    [LoggerMessage(EventId = 1312, Level = LogLevel.Warning, Message = "Reconcile: server {ServerId} of fleet {Fleet} was deleted behind our back")]
    public static partial void Vanished(ILogger logger, string serverId, string fleet);

    [LoggerMessage(EventId = 1313, Level = LogLevel.Warning, Message = "Reconcile: orphan {Name} (cloud id {CloudId}) of fleet {Fleet} has no record; deleting it")]
    public static partial void Orphan(ILogger logger, string name, string cloudId, string fleet);

    [LoggerMessage(EventId = 1314, Level = LogLevel.Error, Message = "Reconcile failed")]
    public static partial void ReconcileFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1315, Level = LogLevel.Information, Message = "Reconcile: server {ServerId} of fleet {Fleet} is {Status} in the cloud")]
    public static partial void CloudStatusChanged(ILogger logger, string serverId, string fleet, string status);

    [LoggerMessage(EventId = 1316, Level = LogLevel.Warning, Message = "Reconcile: delete of orphan {Name} (fleet {Fleet}) failed ({Error}); retried next time")]
    public static partial void OrphanDeleteFailed(ILogger logger, string name, string fleet, string error);
}
