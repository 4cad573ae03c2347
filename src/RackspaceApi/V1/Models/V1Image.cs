using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.V1.Models;

/// <summary>A v1.0 image (list without details fills id and name).</summary>
public sealed record V1Image
{
    /// <summary>The image's id.</summary>
    [JsonPropertyName("id")]
    public int Id { get; init; }

    /// <summary>The image's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>The server a backup image was taken from.</summary>
    [JsonPropertyName("serverId")]
    public int? ServerId { get; init; }

    /// <summary>When it last changed.</summary>
    [JsonPropertyName("updated")]
    public DateTimeOffset? Updated { get; init; }

    /// <summary>When it was created.</summary>
    [JsonPropertyName("created")]
    public DateTimeOffset? Created { get; init; }

    /// <summary>UNKNOWN, PREPARING, ACTIVE, QUEUED, FAILED or SAVING.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Progress of a backup, 0-100.</summary>
    [JsonPropertyName("progress")]
    public int? Progress { get; init; }
}
