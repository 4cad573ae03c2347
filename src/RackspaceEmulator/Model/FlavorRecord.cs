namespace Autoscaler.RackspaceEmulator.Model;

/// <summary>A flavor; numeric ids are visible to v1.0.</summary>
internal sealed record FlavorRecord(string Id, string Name, int Ram, int Disk, int Vcpus)
{
    public int? LegacyId => int.TryParse(Id, out var id) ? id : null;
}
