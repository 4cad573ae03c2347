using Grpc.Core;
using Microsoft.Extensions.Logging;

namespace Autoscaler.Agent;

/// <summary>Log messages of the agent library (event ids 100-199). Tokens are never logged.</summary>
internal static partial class AgentLog
{
    [LoggerMessage(100, LogLevel.Information, "Connected to the controller at {Address} as {ServerId} of fleet {Fleet}")]
    public static partial void Connected(ILogger logger, Uri address, string serverId, string fleet);

    [LoggerMessage(101, LogLevel.Warning, "Controller refused or lost the stream: {StatusCode} {Detail}; reconnecting in {Delay}")]
    public static partial void StreamFailed(ILogger logger, StatusCode statusCode, string detail, TimeSpan delay);

    [LoggerMessage(102, LogLevel.Warning, "Controller unreachable ({ErrorType}: {Error}); reconnecting in {Delay}")]
    public static partial void ConnectFailed(ILogger logger, string errorType, string error, TimeSpan delay);

    [LoggerMessage(103, LogLevel.Information, "Controller asked to drain: {Reason}")]
    public static partial void Drain(ILogger logger, string reason);

    [LoggerMessage(104, LogLevel.Information, "Controller asked to undrain: {Reason}")]
    public static partial void Undrain(ILogger logger, string reason);

    [LoggerMessage(105, LogLevel.Warning, "Controller gave shutdown notice ({Grace}): {Reason}")]
    public static partial void Shutdown(ILogger logger, TimeSpan grace, string reason);

    [LoggerMessage(106, LogLevel.Information, "Controller changed intervals: reports every {ReportInterval}, heartbeats every {HeartbeatInterval}")]
    public static partial void Intervals(ILogger logger, TimeSpan reportInterval, TimeSpan heartbeatInterval);

    [LoggerMessage(107, LogLevel.Error, "A handler of the {EventName} event threw; the agent goes on")]
    public static partial void HandlerFailed(ILogger logger, string eventName, Exception exception);

    [LoggerMessage(108, LogLevel.Information, "Stream to the controller ended; reconnecting in {Delay}")]
    public static partial void StreamEnded(ILogger logger, TimeSpan delay);
}
