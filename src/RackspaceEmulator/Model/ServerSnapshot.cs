namespace Autoscaler.RackspaceEmulator;

/// <summary>An immutable view of one emulated server at a point in time.</summary>
public sealed record ServerSnapshot
{
    /// <summary>The v2 id (a UUID).</summary>
    public required string Id { get; init; }

    /// <summary>The v1.0 id (an integer).</summary>
    public required int LegacyId { get; init; }

    /// <summary>Server name.</summary>
    public required string Name { get; init; }

    /// <summary>Tenant (account) that owns the server.</summary>
    public required string TenantId { get; init; }

    /// <summary>Region the server lives in.</summary>
    public required string Region { get; init; }

    /// <summary>Status in the model's vocabulary (BUILD, ACTIVE, REBOOT, QUEUE_RESIZE, ..., DELETED, ERROR).</summary>
    public required string Status { get; init; }

    /// <summary>Progress 0..100 of the current operation.</summary>
    public required int Progress { get; init; }

    /// <summary>Flavor id.</summary>
    public required string FlavorId { get; init; }

    /// <summary>Image id (v2 UUID) the server was built or rebuilt from.</summary>
    public required string ImageId { get; init; }

    /// <summary>Image id (v1.0 integer) the server was built or rebuilt from.</summary>
    public required int ImageLegacyId { get; init; }

    /// <summary>Opaque host id.</summary>
    public required string HostId { get; init; }

    /// <summary>Server metadata.</summary>
    public required IReadOnlyDictionary<string, string> Metadata { get; init; }

    /// <summary>Personality files injected at create or rebuild.</summary>
    public required IReadOnlyList<PersonalityFile> Personality { get; init; }

    /// <summary>user_data as sent (base64), or null.</summary>
    public string? UserData { get; init; }

    /// <summary>Whether a config drive was requested.</summary>
    public bool ConfigDrive { get; init; }

    /// <summary>OS-DCF:diskConfig (AUTO or MANUAL).</summary>
    public string DiskConfig { get; init; } = "AUTO";

    /// <summary>Public IPv4 addresses (the first is the server's own, the rest are shared IPs).</summary>
    public required IReadOnlyList<string> PublicAddresses { get; init; }

    /// <summary>Public IPv6 address (shown by v2 only).</summary>
    public required string PublicIPv6 { get; init; }

    /// <summary>Private IPv4 addresses.</summary>
    public required IReadOnlyList<string> PrivateAddresses { get; init; }

    /// <summary>Shared IP group the server belongs to, if any.</summary>
    public int? SharedIpGroupId { get; init; }

    /// <summary>Creation time.</summary>
    public required DateTimeOffset Created { get; init; }

    /// <summary>Time of the last change.</summary>
    public required DateTimeOffset Updated { get; init; }
}
