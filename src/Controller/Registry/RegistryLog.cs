namespace Autoscaler.Controller.Registry;

/// <summary>Log messages of the fleet registry (event ids 1200-1299).</summary>
internal static partial class RegistryLog
{
    [LoggerMessage(EventId = 1200, Level = LogLevel.Warning, Message = "Agent hello refused for server {ServerId} of fleet {Fleet}: {Failure}")]
    public static partial void Refused(ILogger logger, string serverId, string fleet, AdmissionFailure failure);

    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Agent of server {ServerId} (fleet {Fleet}) admitted, session {SessionId}")]
    public static partial void Admitted(ILogger logger, string serverId, string fleet, long sessionId);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Information, Message = "Agent of server {ServerId} disconnected, session {SessionId}")]
    public static partial void Disconnected(ILogger logger, string serverId, long sessionId);
}
