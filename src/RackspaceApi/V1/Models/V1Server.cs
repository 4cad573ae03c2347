using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.V1.Models;

/// <summary>A v1.0 server (list without details fills id and name).</summary>
public sealed record V1Server
{
    /// <summary>The server's id.</summary>
    [JsonPropertyName("id")]
    public int Id { get; init; }

    /// <summary>The server's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>The image it was built from.</summary>
    [JsonPropertyName("imageId")]
    public int? ImageId { get; init; }

    /// <summary>Its flavor.</summary>
    [JsonPropertyName("flavorId")]
    public int? FlavorId { get; init; }

    /// <summary>An opaque id of the host (servers on the same host share it).</summary>
    [JsonPropertyName("hostId")]
    public string? HostId { get; init; }

    /// <summary>ACTIVE, BUILD, REBUILD, SUSPENDED, QUEUE_RESIZE, PREP_RESIZE, RESIZE, VERIFY_RESIZE, PASSWORD, RESCUE, REBOOT, HARD_REBOOT, SHARE_IP, SHARE_IP_NO_CONFIG, DELETE_IP, DELETED, ERROR, UNKNOWN.</summary>
    [JsonPropertyName("status")]
    public string? Status { get; init; }

    /// <summary>Build or action progress, 0-100.</summary>
    [JsonPropertyName("progress")]
    public int? Progress { get; init; }

    /// <summary>Its public and private addresses.</summary>
    [JsonPropertyName("addresses")]
    public V1Addresses? Addresses { get; init; }

    /// <summary>Its metadata (at most 5 pairs).</summary>
    [JsonPropertyName("metadata")]
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>The shared IP group it belongs to, when any.</summary>
    [JsonPropertyName("sharedIpGroupId")]
    public int? SharedIpGroupId { get; init; }

    /// <summary>The root password: sent only in the answer to a create.</summary>
    [JsonPropertyName("adminPass")]
    public string? AdminPass { get; init; }

    /// <summary>Keeps the administrator password out of logs.</summary>
    public override string ToString() => $"V1Server {{ Id = {Id}, Name = {Name}, Status = {Status} }}";
}
