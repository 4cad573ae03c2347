using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.V1.Models;

/// <summary>An API version (GET / lists them; GET /v1.0/ describes one).</summary>
public sealed record V1Version
{
    /// <summary>The version id, e.g. v1.0.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    /// <summary>CURRENT, BETA or DEPRECATED.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>When the version last changed.</summary>
    [JsonPropertyName("updated")]
    public DateTimeOffset? Updated { get; init; }

    /// <summary>The developer guide, when linked.</summary>
    [JsonPropertyName("docURL")]
    public string? DocUrl { get; init; }

    /// <summary>The WADL, when linked.</summary>
    [JsonPropertyName("wadl")]
    public string? Wadl { get; init; }
}
