using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.V1.Models;

/// <summary>GET /limits: rate limits per verb and URI, and absolute limits.</summary>
public sealed record V1Limits
{
    /// <summary>Rate limits.</summary>
    [JsonPropertyName("rate")]
    public IReadOnlyList<V1RateLimit> Rate { get; init; } = [];

    /// <summary>Absolute limits by name (maxTotalRAMSize, maxIPGroups, maxIPGroupMembers).</summary>
    [JsonPropertyName("absolute")]
    public IReadOnlyDictionary<string, long> Absolute { get; init; } = new Dictionary<string, long>();
}
