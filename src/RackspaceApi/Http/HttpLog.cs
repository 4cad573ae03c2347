using Autoscaler.RackspaceApi.Events;
using Microsoft.Extensions.Logging;

namespace Autoscaler.RackspaceApi.Http;

/// <summary>Log messages of the HTTP layer. Paths and statuses only: never a header, token or request body.</summary>
internal static partial class HttpLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Debug,
        Message = "{Operation} {Method} {Path} -> {EventType} ({StatusCode}) in {ElapsedMs:F1} ms")]
    public static partial void OperationCompleted(
        ILogger logger, string operation, string method, string path, RackspaceEventType eventType, int? statusCode, double elapsedMs);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Observer {Observer} failed on {Operation}")]
    public static partial void ObserverFailed(ILogger logger, string observer, string operation, Exception exception);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "{Method} {Path} was refused with 413 overLimit; retrying after {Delay}")]
    public static partial void OverLimitRetry(ILogger logger, string method, string path, TimeSpan delay);
}
