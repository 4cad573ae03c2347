namespace Autoscaler.RackspaceEmulator.Admin;

/// <summary>What a simulated server finds on its own config drive at boot: its personality files, user_data and metadata.</summary>
/// <remarks>
/// A real server reads these from inside itself; an emulated one has no inside, so the simulated game server process
/// (tests, docker-compose) reads them here. They may hold the agent's token: this endpoint, like the whole emulator,
/// is for loopback test and demo use only.
/// </remarks>
internal sealed record ConfigDriveView(
    string Id,
    string Name,
    string Status,
    IReadOnlyList<PersonalityFile> Personality,
    string? UserData,
    IReadOnlyDictionary<string, string> Metadata)
{
    public static ConfigDriveView From(ServerSnapshot s) => new(s.Id, s.Name, s.Status, s.Personality, s.UserData, s.Metadata);
}
