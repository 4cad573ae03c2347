namespace Autoscaler.RackspaceEmulator.Model;

/// <summary>A v1.0 shared IP group.</summary>
internal sealed class SharedIpGroupRecord
{
    public required int Id { get; init; }
    public required string TenantId { get; init; }
    public required string Name { get; init; }
    public List<int> Servers { get; } = [];
}
