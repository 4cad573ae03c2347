using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.V2.Models;

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
