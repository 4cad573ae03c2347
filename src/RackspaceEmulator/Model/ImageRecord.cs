namespace Autoscaler.RackspaceEmulator.Model;

/// <summary>An image: public (seeded, tenant null) or a tenant's snapshot of a server.</summary>
internal sealed class ImageRecord
{
    public required string Id { get; init; }
    public required int LegacyId { get; init; }
    public required string Name { get; init; }
    public string? TenantId { get; init; }
    public string? ServerId { get; init; }
    public int? ServerLegacyId { get; init; }
    public int MinDisk { get; init; }
    public int MinRam { get; init; }
    public required DateTimeOffset Created { get; init; }
    public required DateTimeOffset Updated { get; set; }
    public string Status { get; set; } = "ACTIVE";
    public DateTimeOffset? SaveDue { get; set; }
    public Dictionary<string, string> Metadata { get; init; } = new(StringComparer.Ordinal);
    public ITimer? Timer { get; set; }
    public bool IsDeleted { get; set; }

    public int ProgressAt(DateTimeOffset now)
    {
        if (Status != "SAVING" || SaveDue is not { } due || due <= Created)
        {
            return Status == "ACTIVE" ? 100 : 0;
        }

        return (int)Math.Clamp((now - Created) / (due - Created) * 100, 0, 99);
    }
}
