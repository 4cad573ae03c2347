namespace Autoscaler.Agent;

/// <summary>The controller asked the server to stop (or resume) taking players.</summary>
public sealed class DrainEventArgs(string reason) : EventArgs
{
    /// <summary>Why, as the controller put it (may be empty).</summary>
    public string Reason { get; } = reason;
}
