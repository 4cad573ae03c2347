using Autoscaler.Controller.Registry;

namespace Autoscaler.Controller.Persistence;

/// <summary>A server as persisted: its lifecycle and its latest load (written by the tick, in one batch).</summary>
internal sealed class ServerRecord
{
    /// <summary>The controller's id: the deterministic name <c>{prefix}-{fleet}-{operationId}</c>.</summary>
    public required string Id { get; set; }

    public required string Fleet { get; set; }

    /// <summary>The operation that created it.</summary>
    public required string CreateOperationId { get; set; }

    /// <summary>SHA-256 of the agent token (the token itself is never stored).</summary>
    public required string TokenHash { get; set; }

    public string? CloudId { get; set; }

    public string? CloudStatus { get; set; }

    public ServerState State { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset StateSince { get; set; }

    public DateTimeOffset? ReadyAt { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }

    public bool CreateUncertain { get; set; }

    public int RebootCount { get; set; }

    public int Players { get; set; }

    public int Capacity { get; set; }

    public DateTimeOffset? LastSeenAt { get; set; }

    public DateTimeOffset? EmptySince { get; set; }
}
