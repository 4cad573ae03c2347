using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.V2.Models;

/// <summary>A v2 flavor (list without detail fills id, name and links).</summary>
public sealed record V2Flavor
{
    /// <summary>The flavor id, e.g. general1-1 or 2.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    /// <summary>The flavor's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>Memory in MB.</summary>
    [JsonPropertyName("ram")]
    public int? Ram { get; init; }

    /// <summary>Disk in GB.</summary>
    [JsonPropertyName("disk")]
    public int? Disk { get; init; }

    /// <summary>Virtual CPUs.</summary>
    [JsonPropertyName("vcpus")]
    public int? Vcpus { get; init; }

    /// <summary>Its links.</summary>
    [JsonPropertyName("links")]
    public IReadOnlyList<V2Link> Links { get; init; } = [];
}
