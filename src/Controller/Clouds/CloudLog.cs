namespace Autoscaler.Controller.Clouds;

/// <summary>Log messages of the cloud wiring and the demo.</summary>
internal static partial class CloudLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning,
        Message = "Running against the EMULATED cloud (demo mode) at {BaseAddress}: no Rackspace credentials are configured. Set Rackspace:Username and Rackspace:ApiKey (or Cloud:Provider) to manage a real fleet.")]
    public static partial void EmulatedCloud(ILogger logger, Uri baseAddress);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information, Message = "Running against Rackspace Cloud Servers ({Dialect}, region {Region})")]
    public static partial void RackspaceCloud(ILogger logger, string dialect, string region);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Information, Message = "Demo game server {ServerId} ({Name}) started for fleet {Fleet}")]
    public static partial void DemoServerStarted(ILogger logger, string serverId, string name, string fleet);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Demo game server {ServerId} stopped: the cloud says {Status}")]
    public static partial void DemoServerStopped(ILogger logger, string serverId, string status);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Warning, Message = "Emulated server {ServerId} ({Name}) has no readable agent bootstrap file; no game server runs on it: {Problem}")]
    public static partial void DemoServerWithoutBootstrap(ILogger logger, string serverId, string name, string problem);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Information, Message = "Demo load: {Players} players wanted, {Seated} seated, {Waiting} waiting for a slot, on {Servers} servers")]
    public static partial void DemoLoad(ILogger logger, int players, int seated, int waiting, int servers);
}
