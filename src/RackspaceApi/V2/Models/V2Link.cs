using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.V2.Models;

/// <summary>A link of a v2 resource (rel self, bookmark, next).</summary>
public sealed record V2Link
{
    /// <summary>The link's address.</summary>
    [JsonPropertyName("href")]
    public string Href { get; init; } = "";

    /// <summary>The link's relation.</summary>
    [JsonPropertyName("rel")]
    public string Rel { get; init; } = "";
}
