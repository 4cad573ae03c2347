using Autoscaler.RackspaceApi.Provisioning;

namespace Autoscaler.RackspaceApi.V2.Models;

/// <summary>What POST /servers needs: name, image and flavor, plus what the server boots with.</summary>
public sealed record V2ServerCreateRequest
{
    /// <summary>The server's name.</summary>
    public required string Name { get; init; }

    /// <summary>The image id (imageRef).</summary>
    public required string ImageRef { get; init; }

    /// <summary>The flavor id (flavorRef).</summary>
    public required string FlavorRef { get; init; }

    /// <summary>Metadata (at most 40 pairs on Rackspace).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>Network UUIDs to attach (e.g. 00000000-0000-0000-0000-000000000000 for public, 11111111-... for ServiceNet).</summary>
    public IReadOnlyList<string> Networks { get; init; } = [];

    /// <summary>Files injected at boot (at most 5).</summary>
    public IReadOnlyList<PersonalityFile> Personality { get; init; } = [];

    /// <summary>User data as plain text; the client base64-encodes it. Usually paired with <see cref="ConfigDrive"/>.</summary>
    public string? UserData { get; init; }

    /// <summary>Attach a config drive.</summary>
    public bool? ConfigDrive { get; init; }

    /// <summary>OS-DCF:diskConfig, AUTO or MANUAL.</summary>
    public string? DiskConfig { get; init; }

    /// <summary>The name of a key pair to install.</summary>
    public string? KeyName { get; init; }
}
