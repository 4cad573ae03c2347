namespace Autoscaler.RackspaceApi.Http;

/// <summary>A request body as text with its media type.</summary>
internal sealed record RequestBody(string Text, string MediaType);
