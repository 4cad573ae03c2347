using System.Text.Json.Serialization;

namespace Autoscaler.RackspaceApi.V2.Models;

/// <summary>A v2 server as GET /servers/{id} and /servers/detail describe it (list without detail fills id, name and links).</summary>
public sealed record V2Server
{
    /// <summary>The server's UUID.</summary>
    [JsonPropertyName("id")]
    public string Id { get; init; } = "";

    /// <summary>The server's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    /// <summary>ACTIVE, BUILD, DELETED, ERROR, HARD_REBOOT, PASSWORD, REBOOT, REBUILD, RESIZE, VERIFY_RESIZE, ...</summary>
    [JsonPropertyName("status")]
    public string Status { get; init; } = "";

    /// <summary>Build or action progress, 0-100.</summary>
    [JsonPropertyName("progress")]
    public int? Progress { get; init; }

    /// <summary>The tenant owning the server.</summary>
    [JsonPropertyName("tenant_id")]
    public string? TenantId { get; init; }

    /// <summary>The user who created it.</summary>
    [JsonPropertyName("user_id")]
    public string? UserId { get; init; }

    /// <summary>An opaque id of the host.</summary>
    [JsonPropertyName("hostId")]
    public string? HostId { get; init; }

    /// <summary>When it was created.</summary>
    [JsonPropertyName("created")]
    public DateTimeOffset? Created { get; init; }

    /// <summary>When it last changed.</summary>
    [JsonPropertyName("updated")]
    public DateTimeOffset? Updated { get; init; }

    /// <summary>The public IPv4 address.</summary>
    [JsonPropertyName("accessIPv4")]
    public string? AccessIPv4 { get; init; }

    /// <summary>The public IPv6 address.</summary>
    [JsonPropertyName("accessIPv6")]
    public string? AccessIPv6 { get; init; }

    /// <summary>The image it was built from.</summary>
    [JsonPropertyName("image")]
    public V2Reference? Image { get; init; }

    /// <summary>Its flavor.</summary>
    [JsonPropertyName("flavor")]
    public V2Reference? Flavor { get; init; }

    /// <summary>Addresses per network (public, private, or an isolated network's label).</summary>
    [JsonPropertyName("addresses")]
    public IReadOnlyDictionary<string, IReadOnlyList<V2Address>> Addresses { get; init; } = new Dictionary<string, IReadOnlyList<V2Address>>();

    /// <summary>Its metadata.</summary>
    [JsonPropertyName("metadata")]
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>The disk configuration, AUTO or MANUAL.</summary>
    [JsonPropertyName("OS-DCF:diskConfig")]
    public string? DiskConfig { get; init; }

    /// <summary>Its links.</summary>
    [JsonPropertyName("links")]
    public IReadOnlyList<V2Link> Links { get; init; } = [];
}
