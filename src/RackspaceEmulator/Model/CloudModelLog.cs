using Microsoft.Extensions.Logging;

namespace Autoscaler.RackspaceEmulator.Model;

internal static partial class CloudModelLog
{
    [LoggerMessage(EventId = 100, Level = LogLevel.Debug, Message = "Server {ServerId} ({Name}) {OldStatus} -> {NewStatus}")]
    public static partial void StatusChanged(ILogger logger, string serverId, string name, string oldStatus, string newStatus);

    [LoggerMessage(EventId = 101, Level = LogLevel.Warning, Message = "An observer of the emulated cloud threw")]
    public static partial void ObserverFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Fault settings changed")]
    public static partial void FaultsChanged(ILogger logger);

    [LoggerMessage(EventId = 103, Level = LogLevel.Information, Message = "Every issued token was revoked")]
    public static partial void TokensRevoked(ILogger logger);
}
