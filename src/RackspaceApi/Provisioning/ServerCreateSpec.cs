namespace Autoscaler.RackspaceApi.Provisioning;

/// <summary>What to create: a named server from an image and a flavor, with the files and data it boots with.</summary>
/// <param name="Name">The server's name; the controller makes it deterministic so a lost create can be found again.</param>
/// <param name="ImageId">The image (v1.0 imageId, v2 imageRef).</param>
/// <param name="FlavorId">The flavor (v1.0 flavorId, v2 flavorRef).</param>
/// <param name="Metadata">Key/value metadata stored with the server.</param>
/// <param name="Files">Personality files written into the server's file system at boot.</param>
/// <param name="UserData">v2 only: user data (plain text; the client encodes it). Ignored by v1.0.</param>
public sealed record ServerCreateSpec(
    string Name,
    string ImageId,
    string FlavorId,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<PersonalityFile> Files,
    string? UserData = null);

/// <summary>A file injected into a new server at <paramref name="Path"/>.</summary>
public sealed record PersonalityFile(string Path, byte[] Contents);

/// <summary>How hard to reboot.</summary>
public enum RebootKind
{
    /// <summary>A graceful restart of the operating system.</summary>
    Soft,

    /// <summary>A power cycle.</summary>
    Hard,
}
