using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.V2.Models;

/// <summary>The rate limits of one URI pattern.</summary>
public sealed record V2RateLimitGroup
{
    /// <summary>The URI pattern, e.g. * or */servers.</summary>
    [JsonPropertyName("uri")]
    public string Uri { get; init; } = "";

    /// <summary>The regular expression the pattern stands for.</summary>
    [JsonPropertyName("regex")]
    public string Regex { get; init; } = "";

    /// <summary>The limits per verb.</summary>
    [JsonPropertyName("limit")]
    public IReadOnlyList<V2RateLimit> Limit { get; init; } = [];
}
