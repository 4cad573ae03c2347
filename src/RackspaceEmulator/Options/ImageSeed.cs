namespace Autoscaler.RackspaceEmulator;

/// <summary>A public image offered by the emulated cloud.</summary>
public sealed class ImageSeed
{
    /// <summary>Numeric image id (the v1.0 imageId).</summary>
    public int Id { get; set; }

    /// <summary>The v2 image id (a UUID); derived from <see cref="Id"/> when unset.</summary>
    public string? Uuid { get; set; }

    /// <summary>Display name.</summary>
    public string Name { get; set; } = "";

    /// <summary>Minimum disk in GB (v2 minDisk).</summary>
    public int MinDisk { get; set; } = 10;

    /// <summary>Minimum RAM in MB (v2 minRam).</summary>
    public int MinRam { get; set; } = 256;

    internal static IReadOnlyList<ImageSeed> Defaults { get; } =
    [
        new() { Id = 49, Name = "Ubuntu 10.04 LTS (lucid)" },
        new() { Id = 69, Name = "Ubuntu 10.10 (maverick)" },
        new() { Id = 51, Name = "CentOS 5.5" },
        new() { Id = 4, Name = "Debian 5.0 (lenny)" },
        new() { Id = 71, Name = "Fedora 14" },
        new() { Id = 28, Name = "Windows Server 2008 R2 x64", MinDisk = 40, MinRam = 1024 },
    ];
}
