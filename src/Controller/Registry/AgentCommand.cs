namespace Autoscaler.Controller.Registry;

/// <summary>Something the controller asks of a game server.</summary>
internal abstract record AgentCommand
{
    /// <summary>Accept no new players; finish the running matches.</summary>
    public sealed record Drain(string Reason) : AgentCommand;

    /// <summary>Accept players again.</summary>
    public sealed record Undrain(string Reason) : AgentCommand;

    /// <summary>The server is about to be deleted.</summary>
    public sealed record Shutdown(TimeSpan Grace, string Reason) : AgentCommand;

    /// <summary>Report and heartbeat at new intervals.</summary>
    public sealed record ChangeIntervals(TimeSpan ReportInterval, TimeSpan HeartbeatInterval) : AgentCommand;
}
