namespace Autoscaler.RackspaceEmulator;

/// <summary>A flavor offered by the emulated cloud.</summary>
public sealed class FlavorSeed
{
    /// <summary>Flavor id; numeric ids are also listed by the v1.0 API.</summary>
    public string Id { get; set; } = "";

    /// <summary>Display name, e.g. "512MB Standard Instance".</summary>
    public string Name { get; set; } = "";

    /// <summary>Memory in MB (counted against the RAM limit).</summary>
    public int Ram { get; set; }

    /// <summary>Disk in GB.</summary>
    public int Disk { get; set; }

    /// <summary>Virtual CPUs.</summary>
    public int Vcpus { get; set; } = 1;

    internal static IReadOnlyList<FlavorSeed> Defaults { get; } =
    [
        new() { Id = "1", Name = "256 MB Server", Ram = 256, Disk = 10, Vcpus = 1 },
        new() { Id = "2", Name = "512 MB Server", Ram = 512, Disk = 20, Vcpus = 1 },
        new() { Id = "3", Name = "1GB Server", Ram = 1024, Disk = 40, Vcpus = 1 },
        new() { Id = "4", Name = "2GB Server", Ram = 2048, Disk = 80, Vcpus = 2 },
        new() { Id = "5", Name = "4GB Server", Ram = 4096, Disk = 160, Vcpus = 2 },
        new() { Id = "6", Name = "8GB Server", Ram = 8192, Disk = 320, Vcpus = 4 },
        new() { Id = "7", Name = "15.5GB Server", Ram = 15872, Disk = 620, Vcpus = 6 },
        new() { Id = "8", Name = "30GB Server", Ram = 30720, Disk = 1200, Vcpus = 8 },
        new() { Id = "performance1-1", Name = "1 GB Performance", Ram = 1024, Disk = 20, Vcpus = 1 },
        new() { Id = "performance1-2", Name = "2 GB Performance", Ram = 2048, Disk = 40, Vcpus = 2 },
    ];
}
