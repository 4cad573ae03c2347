namespace Autoscaler.RackspaceApi;

/// <summary>A request the typed operations do not cover (the seed's AddOperation): any verb, path and body.</summary>
/// <param name="Name">A name for events and logs, e.g. CreateServer.</param>
/// <param name="Method">The HTTP verb.</param>
/// <param name="Path">The path relative to the service endpoint, with its query, e.g. servers or servers/12/action.</param>
/// <param name="Body">The body as text, or null.</param>
/// <param name="MediaType">The body's and the answer's media type: application/json (default) or application/xml.</param>
public sealed record CustomOperation(string Name, HttpMethod Method, string Path, string? Body = null, string MediaType = "application/json");
