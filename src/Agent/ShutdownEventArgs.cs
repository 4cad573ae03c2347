namespace Autoscaler.Agent;

/// <summary>The controller is about to delete the server: save state and exit before <see cref="Deadline"/>.</summary>
public sealed class ShutdownEventArgs(string reason, TimeSpan grace, DateTimeOffset deadline) : EventArgs
{
    /// <summary>Why, as the controller put it (may be empty).</summary>
    public string Reason { get; } = reason;

    /// <summary>How long the server has, as the controller said it.</summary>
    public TimeSpan Grace { get; } = grace;

    /// <summary>When the grace ends, by the agent's clock.</summary>
    public DateTimeOffset Deadline { get; } = deadline;
}
