using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.V1.Models;

/// <summary>A v1.0 shared IP group (list without details fills id and name).</summary>
public sealed record V1SharedIpGroup
{
    /// <summary>The group's id.</summary>
    [JsonPropertyName("id")]
    public int Id { get; init; }

    /// <summary>The group's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>Ids of the servers in the group.</summary>
    [JsonPropertyName("servers")]
    public IReadOnlyList<int> Servers { get; init; } = [];
}
