namespace Autoscaler.RackspaceEmulator.Model;

/// <summary>An immutable view of a shared IP group.</summary>
internal sealed record SharedIpGroupSnapshot(int Id, string Name, IReadOnlyList<int> Servers)
{
    public static SharedIpGroupSnapshot From(SharedIpGroupRecord group) => new(group.Id, group.Name, [.. group.Servers]);
}
