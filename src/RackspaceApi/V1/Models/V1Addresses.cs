using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.V1.Models;

/// <summary>A v1.0 server's addresses.</summary>
public sealed record V1Addresses
{
    /// <summary>Public IPv4 addresses.</summary>
    [JsonPropertyName("public")]
    public IReadOnlyList<string> Public { get; init; } = [];

    /// <summary>Private (ServiceNet) IPv4 addresses.</summary>
    [JsonPropertyName("private")]
    public IReadOnlyList<string> Private { get; init; } = [];
}
