using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.V1.Models;

/// <summary>One v1.0 rate limit.</summary>
public sealed record V1RateLimit
{
    /// <summary>The HTTP verb.</summary>
    [JsonPropertyName("verb")]
    public string Verb { get; init; } = "";

    /// <summary>The URI pattern, e.g. * or */servers.</summary>
    [JsonPropertyName("URI")]
    public string Uri { get; init; } = "";

    /// <summary>The regular expression of the pattern.</summary>
    [JsonPropertyName("regex")]
    public string Regex { get; init; } = "";

    /// <summary>Requests allowed per unit.</summary>
    [JsonPropertyName("value")]
    public int Value { get; init; }

    /// <summary>Requests left.</summary>
    [JsonPropertyName("remaining")]
    public int Remaining { get; init; }

    /// <summary>MINUTE, HOUR or DAY.</summary>
    [JsonPropertyName("unit")]
    public string Unit { get; init; } = "";

    /// <summary>When the window resets, in Unix seconds.</summary>
    [JsonPropertyName("resetTime")]
    public long ResetTime { get; init; }
}
