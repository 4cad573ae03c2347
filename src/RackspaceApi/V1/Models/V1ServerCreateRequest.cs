using Autoscaler.RackspaceApi.Provisioning;

namespace Autoscaler.RackspaceApi.V1.Models;

/// <summary>What POST /servers takes in v1.0.</summary>
public sealed record V1ServerCreateRequest
{
    /// <summary>The server's name.</summary>
    public required string Name { get; init; }

    /// <summary>The image.</summary>
    public required int ImageId { get; init; }

    /// <summary>The flavor.</summary>
    public required int FlavorId { get; init; }

    /// <summary>Metadata (at most 5 pairs of 255 bytes).</summary>
    public IReadOnlyDictionary<string, string> Metadata { get; init; } = new Dictionary<string, string>();

    /// <summary>Files injected at boot (at most 5, 10 KB each).</summary>
    public IReadOnlyList<PersonalityFile> Personality { get; init; } = [];

    /// <summary>A shared IP group to join.</summary>
    public int? SharedIpGroupId { get; init; }
}
