using System.Net;

namespace Autoscaler.RackspaceApi.Http;

/// <summary>A response as text, handed to a parser.</summary>
internal sealed record ResponseText(HttpStatusCode Status, string Body, string? MediaType)
{
    /// <summary>True when the body is XML (by content type, or by its first character when the type is missing).</summary>
    public bool IsXml => MediaType?.Contains("xml", StringComparison.OrdinalIgnoreCase)
        ?? Body.AsSpan().TrimStart().StartsWith("<");

    /// <summary>True when there is nothing to parse (204, 304, or an empty body).</summary>
    public bool IsEmpty => Status is HttpStatusCode.NoContent or HttpStatusCode.NotModified || string.IsNullOrWhiteSpace(Body);
}
