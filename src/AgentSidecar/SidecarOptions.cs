namespace Autoscaler.AgentSidecar;

/// <summary>The sidecar's own settings (configuration section <c>Sidecar</c>); the agent's are in section <c>Agent</c>.</summary>
internal sealed class SidecarOptions
{
    public const string SectionName = "Sidecar";

    /// <summary>Where the HTTP API listens; loopback only. Default <c>http://127.0.0.1:7070</c>.</summary>
    public Uri Url { get; set; } = new("http://127.0.0.1:7070");

    /// <summary>How many commands are kept for long-polling clients. Default 256.</summary>
    public int CommandBuffer { get; set; } = 256;

    /// <summary>The longest a long-poll may wait. Default 60 s.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(60);
}
