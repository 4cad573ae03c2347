using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.V1.Models;

/// <summary>A v1.0 flavor (list without details fills id and name).</summary>
public sealed record V1Flavor
{
    /// <summary>The flavor's id.</summary>
    [JsonPropertyName("id")]
    public int Id { get; init; }

    /// <summary>The flavor's name, e.g. 256 MB Server.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>Memory in MB.</summary>
    [JsonPropertyName("ram")]
    public int? Ram { get; init; }

    /// <summary>Disk in GB.</summary>
    [JsonPropertyName("disk")]
    public int? Disk { get; init; }
}
