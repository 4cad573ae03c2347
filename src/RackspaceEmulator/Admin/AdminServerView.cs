namespace Autoscaler.RackspaceEmulator.Admin;

/// <summary>A server as the admin endpoint shows it: personality contents, user_data and metadata values are left out,
/// because the controller puts agent tokens there.</summary>
internal sealed record AdminServerView(
    string Id,
    int LegacyId,
    string Name,
    string TenantId,
    string Region,
    string Status,
    int Progress,
    string FlavorId,
    string ImageId,
    IReadOnlyList<string> MetadataKeys,
    IReadOnlyList<string> PersonalityPaths,
    bool HasUserData,
    IReadOnlyList<string> PublicAddresses,
    IReadOnlyList<string> PrivateAddresses,
    DateTimeOffset Created,
    DateTimeOffset Updated)
{
    public static AdminServerView From(ServerSnapshot s) => new(
        s.Id, s.LegacyId, s.Name, s.TenantId, s.Region, s.Status, s.Progress, s.FlavorId, s.ImageId,
        [.. s.Metadata.Keys], [.. s.Personality.Select(p => p.Path)], s.UserData is not null,
        s.PublicAddresses, s.PrivateAddresses, s.Created, s.Updated);
}
