using System.Net;

namespace Autoscaler.RackspaceApi.Events;

/// <summary>A typed result together with what the cloud actually said: the event type, the status and the raw body.</summary>
/// <typeparam name="T">The parsed value.</typeparam>
/// <param name="Value">The parsed value (an empty value for 304 Not Modified).</param>
/// <param name="EventType">The seed's event type of the response.</param>
/// <param name="StatusCode">The HTTP status.</param>
/// <param name="RawBody">The response body as text (empty for 204).</param>
/// <param name="LastModified">The Last-Modified header, when present (cached 203 responses carry it).</param>
/// <param name="Location">The Location header, when present (v2 creates carry it).</param>
public sealed record RackspaceResponse<T>(
    T Value,
    RackspaceEventType EventType,
    HttpStatusCode StatusCode,
    string RawBody,
    DateTimeOffset? LastModified = null,
    Uri? Location = null)
{
    /// <summary>True when the cloud answered 304: nothing changed since the changes-since time.</summary>
    public bool IsNotModified => EventType == RackspaceEventType.NotModified304;
}
