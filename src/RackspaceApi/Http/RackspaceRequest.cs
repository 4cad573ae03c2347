namespace Autoscaler.RackspaceApi.Http;

/// <summary>One request as a resource client describes it; the transport adds endpoint, token and media types.</summary>
/// <param name="Operation">The operation's name for events and messages, e.g. ListServers.</param>
/// <param name="Method">The HTTP verb.</param>
/// <param name="Path">The path relative to the service endpoint, with its query, e.g. servers/detail?limit=10.</param>
/// <param name="Body">The request body, or null.</param>
/// <param name="Accept">The media type asked for.</param>
/// <param name="Region">v2: an explicit region overriding the configured one.</param>
internal sealed record RackspaceRequest(
    string Operation,
    HttpMethod Method,
    string Path,
    RequestBody? Body = null,
    string Accept = MediaTypes.Json,
    string? Region = null);
