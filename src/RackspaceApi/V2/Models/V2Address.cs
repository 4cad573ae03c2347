using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.V2.Models;

/// <summary>One address of a server on a network.</summary>
public sealed record V2Address
{
    /// <summary>The IP address.</summary>
    [JsonPropertyName("addr")]
    public string Address { get; init; } = "";

    /// <summary>4 or 6.</summary>
    [JsonPropertyName("version")]
    public int Version { get; init; }
}
