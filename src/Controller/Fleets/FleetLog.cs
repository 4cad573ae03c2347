namespace Autoscaler.Controller.Fleets;

/// <summary>Log messages about fleet configuration (event ids 1100-1199).</summary>
internal static partial class FleetLog
{
    [LoggerMessage(EventId = 1100, Level = LogLevel.Error, Message = "Configuration edit rejected, the last good policy stays in force: {Problem}")]
    public static partial void EditRejected(ILogger logger, string problem);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Information, Message = "Configuration edit applied to {FleetCount} fleets")]
    public static partial void EditApplied(ILogger logger, int fleetCount);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Warning, Message = "No fleet is configured (Fleets:<name>); the controller will manage nothing")]
    public static partial void NoFleets(ILogger logger);
}
