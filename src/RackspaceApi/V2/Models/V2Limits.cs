using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.V2.Models;

/// <summary>GET /limits: rate limits per URI and absolute limits (maxTotalInstances, maxTotalRAMSize, ...).</summary>
public sealed record V2Limits
{
    /// <summary>Rate limits, grouped by URI pattern.</summary>
    [JsonPropertyName("rate")]
    public IReadOnlyList<V2RateLimitGroup> Rate { get; init; } = [];

    /// <summary>Absolute limits and current usage by name.</summary>
    [JsonPropertyName("absolute")]
    public IReadOnlyDictionary<string, long> Absolute { get; init; } = new Dictionary<string, long>();
}
