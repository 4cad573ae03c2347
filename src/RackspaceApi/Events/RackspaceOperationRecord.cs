namespace Autoscaler.RackspaceApi.Events;

/// <summary>One completed operation, as an observer sees it (the seed's per-operation callback).</summary>
/// <param name="Operation">The operation's name, e.g. ListImages or CreateServer.</param>
/// <param name="Method">The HTTP verb.</param>
/// <param name="Path">The path relative to the service endpoint, with its query (never a credential).</param>
/// <param name="EventType">The outcome.</param>
/// <param name="StatusCode">The HTTP status, or null when no response came.</param>
/// <param name="RawBody">The response body as text (empty when none).</param>
/// <param name="Elapsed">Time from sending to the last byte, retries included.</param>
/// <param name="Error">The exception the caller receives, when the operation failed.</param>
public sealed record RackspaceOperationRecord(
    string Operation,
    string Method,
    string Path,
    RackspaceEventType EventType,
    int? StatusCode,
    string RawBody,
    TimeSpan Elapsed,
    Exception? Error);
