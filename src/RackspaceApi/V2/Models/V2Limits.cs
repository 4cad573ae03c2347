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

/// <summary>One verb's rate limit.</summary>
public sealed record V2RateLimit
{
    /// <summary>The HTTP verb.</summary>
    [JsonPropertyName("verb")]
    public string Verb { get; init; } = "";

    /// <summary>Requests allowed per unit.</summary>
    [JsonPropertyName("value")]
    public int Value { get; init; }

    /// <summary>Requests left in the current unit.</summary>
    [JsonPropertyName("remaining")]
    public int Remaining { get; init; }

    /// <summary>MINUTE, HOUR or DAY.</summary>
    [JsonPropertyName("unit")]
    public string Unit { get; init; } = "";

    /// <summary>When the next request is allowed.</summary>
    [JsonPropertyName("next-available")]
    public DateTimeOffset? NextAvailable { get; init; }
}
