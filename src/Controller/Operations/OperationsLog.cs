namespace Autoscaler.Controller.Operations;

/// <summary>Log messages of the operations surface (event ids 8000-8099).</summary>
internal static partial class OperationsLog
{
    [LoggerMessage(EventId = 8000, Level = LogLevel.Information, Message = "Dashboard: {DashboardUrl} (REST API under {ApiUrl}, metrics at {MetricsUrl})")]
    public static partial void Listening(ILogger logger, string dashboardUrl, string apiUrl, string metricsUrl);

    [LoggerMessage(EventId = 8001, Level = LogLevel.Warning, Message = "Fleet {Fleet} is configured but has no runtime until restart; it is left out of the timeline")]
    public static partial void FleetNotRunning(ILogger logger, string fleet);

    [LoggerMessage(EventId = 8002, Level = LogLevel.Information, Message = "Operator set the manual floor of fleet {Fleet} to {Floor}")]
    public static partial void ManualFloorSet(ILogger logger, string fleet, string floor);

    [LoggerMessage(EventId = 8003, Level = LogLevel.Information, Message = "Operator paused fleet {Fleet}")]
    public static partial void Paused(ILogger logger, string fleet);

    [LoggerMessage(EventId = 8004, Level = LogLevel.Information, Message = "Operator resumed fleet {Fleet}")]
    public static partial void Resumed(ILogger logger, string fleet);

    [LoggerMessage(EventId = 8005, Level = LogLevel.Information, Message = "Operator drained server {ServerId} of fleet {Fleet}")]
    public static partial void Drained(ILogger logger, string fleet, string serverId);

    [LoggerMessage(EventId = 8006, Level = LogLevel.Warning, Message = "Admin request to {Path} from {RemoteAddress} refused: {Problem}")]
    public static partial void Refused(ILogger logger, string path, string remoteAddress, string problem);

    [LoggerMessage(EventId = 8007, Level = LogLevel.Information, Message = "Admin API exposed on {Addresses}: a bearer token is required on every request")]
    public static partial void TokenRequired(ILogger logger, string addresses);

    [LoggerMessage(EventId = 8008, Level = LogLevel.Warning, Message = "Could not read new decisions for the metrics; trying again")]
    public static partial void DecisionsUnreadable(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 8009, Level = LogLevel.Critical, Message = "The controller listens on {Addresses}, beyond loopback, and Operations:AdminToken is not set: admin requests are refused")]
    public static partial void ExposedWithoutToken(ILogger logger, string addresses);
}
