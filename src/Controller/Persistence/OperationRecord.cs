namespace Autoscaler.Controller.Persistence;

/// <summary>One state-changing cloud call: written as an intent before the call, completed after it.</summary>
internal sealed class OperationRecord
{
    /// <summary>Short, unique, and part of the name of the server a create makes.</summary>
    public required string Id { get; set; }

    public required string Fleet { get; set; }

    public required string ServerId { get; set; }

    public OperationKind Kind { get; set; }

    public OperationStatus Status { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Why it was done (the decision's reason) and, on failure, what went wrong (never a secret).</summary>
    public string Detail { get; set; } = "";
}

/// <summary>The cloud calls that change state.</summary>
internal enum OperationKind
{
    Create,
    Delete,
    Reboot,
}

/// <summary>Where an operation stands.</summary>
internal enum OperationStatus
{
    /// <summary>Intent recorded; the call may or may not have reached the cloud.</summary>
    Pending,

    Succeeded,

    Failed,

    /// <summary>The call failed without a clear answer; reconcile resolves it.</summary>
    Uncertain,
}
