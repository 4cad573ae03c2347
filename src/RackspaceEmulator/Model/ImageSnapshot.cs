namespace Autoscaler.RackspaceEmulator.Model;

/// <summary>An immutable view of an image for the serializers.</summary>
internal sealed record ImageSnapshot(
    string Id,
    int LegacyId,
    string Name,
    string Status,
    int Progress,
    DateTimeOffset Created,
    DateTimeOffset Updated,
    int MinDisk,
    int MinRam,
    string? ServerId,
    int? ServerLegacyId,
    IReadOnlyDictionary<string, string> Metadata)
{
    public static ImageSnapshot From(ImageRecord image, DateTimeOffset now) => new(
        image.Id, image.LegacyId, image.Name, image.Status, image.ProgressAt(now), image.Created, image.Updated,
        image.MinDisk, image.MinRam, image.ServerId, image.ServerLegacyId,
        new Dictionary<string, string>(image.Metadata, StringComparer.Ordinal));
}
