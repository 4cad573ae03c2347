namespace Autoscaler.DemoGameServer;

/// <summary>Log messages of the demo machines (event ids 9000-9099). Tokens are never logged.</summary>
internal static partial class DemoLog
{
    [LoggerMessage(EventId = 9000, Level = LogLevel.Information, Message = "Emulated cloud listening at {BaseAddress}; server disks under {DisksPath}")]
    public static partial void CloudListening(ILogger logger, Uri baseAddress, string disksPath);

    [LoggerMessage(EventId = 9001, Level = LogLevel.Information, Message = "Server {Name} is {Status}: disk {Action}")]
    public static partial void Disk(ILogger logger, string name, string status, string action);

    [LoggerMessage(EventId = 9002, Level = LogLevel.Information, Message = "Game server {ServerId} of fleet {Fleet} started on disk {Disk}")]
    public static partial void Started(ILogger logger, string serverId, string fleet, string disk);

    [LoggerMessage(EventId = 9003, Level = LogLevel.Information, Message = "Game server {ServerId} stopped: its disk is gone")]
    public static partial void Stopped(ILogger logger, string serverId);

    [LoggerMessage(EventId = 9004, Level = LogLevel.Warning, Message = "Disk {Disk} has no readable agent bootstrap file: {Problem}")]
    public static partial void BadDisk(ILogger logger, string disk, string problem);
}
