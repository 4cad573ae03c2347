using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.V2.Models;

/// <summary>A v2 image (list without detail fills id, name and links).</summary>
public sealed record V2Image
{
    /// <summary>The image's UUID.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    /// <summary>The image's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>ACTIVE, SAVING, ERROR, DELETED, UNKNOWN.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Progress of a snapshot, 0-100.</summary>
    [JsonPropertyName("progress")]
    public int? Progress { get; init; }

    /// <summary>Minimum disk in GB.</summary>
    [JsonPropertyName("minDisk")]
    public int? MinDisk { get; init; }

    /// <summary>Minimum memory in MB.</summary>
    [JsonPropertyName("minRam")]
    public int? MinRam { get; init; }

    /// <summary>When it was created.</summary>
    [JsonPropertyName("created")]
    public DateTimeOffset? Created { get; init; }

    /// <summary>When it last changed.</summary>
    [JsonPropertyName("updated")]
    public DateTimeOffset? Updated { get; init; }

    /// <summary>The server a snapshot was taken from.</summary>
    [JsonPropertyName("server")]
    public V2Reference? Server { get; init; }

    /// <summary>Its metadata.</summary>
    [JsonPropertyName("metadata")]
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>Its links.</summary>
    [JsonPropertyName("links")]
    public IReadOnlyList<V2Link> Links { get; init; } = [];
}
