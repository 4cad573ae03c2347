namespace Autoscaler.Harness;

/// <summary>One reaction: the report that broke the buffer was sent at <paramref name="ReportSentAt"/> and the
/// CreateServer it caused arrived at the emulator at <paramref name="CreateArrivedAt"/> (one machine, one clock).</summary>
/// <param name="Index">0-based sample number.</param>
/// <param name="ReportSentAt">The system clock just before the agent was told the new player count.</param>
/// <param name="CreateArrivedAt">The emulator's audit time of the CreateServer request (its arrival in the emulator's pipeline).</param>
/// <param name="CreateStatus">The emulator's answer to that CreateServer (202 when accepted).</param>
/// <param name="CloudServerId">The cloud id of the server that create made.</param>
public sealed record ReactionSample(int Index, DateTimeOffset ReportSentAt, DateTimeOffset CreateArrivedAt, int CreateStatus, string CloudServerId)
{
    /// <summary>The reaction time: create arrival minus report send.</summary>
    public TimeSpan Reaction => CreateArrivedAt - ReportSentAt;

    /// <summary>When the controller logged that the report fired the policy job early (its Quartz TriggerJob returned),
    /// or null when its log does not show it.</summary>
    public DateTimeOffset? FiredAt { get; init; }

    /// <summary>When the controller logged the tick's decision to create (after the policy decided, before the operation
    /// log's write and the create call), or null when its log does not show it.</summary>
    public DateTimeOffset? DecidedAt { get; init; }
}
