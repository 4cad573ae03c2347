namespace Autoscaler.RackspaceEmulator.Model;

/// <summary>A parsed create-server request of either dialect.</summary>
internal sealed record CreateServerCommand(
    string Name,
    string ImageRef,
    string FlavorRef,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyList<PersonalityFile> Personality)
{
    public string? UserData { get; init; }
    public bool ConfigDrive { get; init; }
    public string? DiskConfig { get; init; }
    public int? SharedIpGroupId { get; init; }
}
