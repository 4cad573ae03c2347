using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.V2.Models;

/// <summary>The answer to a create (202): the new server's id and its administrator password, sent only this once.</summary>
public sealed record V2CreatedServer
{
    /// <summary>The server's UUID.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    /// <summary>The root/Administrator password.</summary>
    [JsonPropertyName("adminPass")]
    public string? AdminPass { get; init; }

    /// <summary>The disk configuration, when sent.</summary>
    [JsonPropertyName("OS-DCF:diskConfig")]
    public string? DiskConfig { get; init; }

    /// <summary>Its links.</summary>
    [JsonPropertyName("links")]
    public IReadOnlyList<V2Link> Links { get; init; } = [];

    /// <summary>Keeps the administrator password out of logs.</summary>
    public override string ToString() => $"V2CreatedServer {{ Id = {Id} }}";
}
