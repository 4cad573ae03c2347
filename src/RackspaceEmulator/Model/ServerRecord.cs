namespace Autoscaler.RackspaceEmulator.Model;

/// <summary>The mutable state of one server; only touched under the model's lock.</summary>
internal sealed class ServerRecord
{
    public required string Id { get; init; }
    public required int LegacyId { get; init; }
    public required string TenantId { get; init; }
    public required string Region { get; init; }
    public required string HostId { get; init; }
    public required string Name { get; set; }
    public required string FlavorId { get; set; }
    public required ImageRecord Image { get; set; }
    public required string AdminPass { get; set; }
    public required DateTimeOffset Created { get; init; }
    public required DateTimeOffset Updated { get; set; }
    public required string PublicIPv4 { get; init; }
    public required string PublicIPv6 { get; init; }
    public required string PrivateIPv4 { get; init; }
    public List<string> SharedIps { get; } = [];
    public Dictionary<string, string> Metadata { get; set; } = new(StringComparer.Ordinal);
    public List<PersonalityFile> Personality { get; set; } = [];
    public string? UserData { get; init; }
    public bool ConfigDrive { get; init; }
    public string DiskConfig { get; init; } = "AUTO";
    public int? SharedIpGroupId { get; set; }
    public BackupScheduleRecord BackupSchedule { get; set; } = BackupScheduleRecord.Disabled;

    /// <summary>Current status.</summary>
    public string Status { get; set; } = ServerStatus.Build;

    /// <summary>When the current status began.</summary>
    public DateTimeOffset PhaseStarted { get; set; }

    /// <summary>When the current status ends by itself, or null when it does not.</summary>
    public DateTimeOffset? PhaseDue { get; set; }

    /// <summary>How the build ends.</summary>
    public BuildOutcome BuildOutcome { get; set; }

    /// <summary>Flavor to go back to on revertResize.</summary>
    public string? PreviousFlavorId { get; set; }

    /// <summary>When the server was deleted (kept so changes-since lists it).</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    /// <summary>Timer that fires when <see cref="PhaseDue"/> is reached.</summary>
    public ITimer? Timer { get; set; }

    /// <summary>The due time <see cref="Timer"/> was armed for.</summary>
    public DateTimeOffset? ArmedFor { get; set; }

    public bool IsDeleted => DeletedAt is not null;

    public int ProgressAt(DateTimeOffset now)
    {
        if (Status is ServerStatus.Active or ServerStatus.VerifyResize)
        {
            return 100;
        }

        if (Status is ServerStatus.Error or ServerStatus.Deleted)
        {
            return 0;
        }

        if (BuildOutcome == BuildOutcome.Never && Status == ServerStatus.Build)
        {
            // A build that never finishes creeps up and stalls, as the real ones did.
            var stalled = (now - PhaseStarted).TotalSeconds;
            return (int)Math.Min(95, stalled);
        }

        if (PhaseDue is not { } due || due <= PhaseStarted)
        {
            return 0;
        }

        var share = (now - PhaseStarted) / (due - PhaseStarted);
        return (int)Math.Clamp(share * 100, 0, 99);
    }

    public ServerSnapshot ToSnapshot(DateTimeOffset now) => new()
    {
        Id = Id,
        LegacyId = LegacyId,
        Name = Name,
        TenantId = TenantId,
        Region = Region,
        Status = Status,
        Progress = ProgressAt(now),
        FlavorId = FlavorId,
        ImageId = Image.Id,
        ImageLegacyId = Image.LegacyId,
        HostId = HostId,
        Metadata = new Dictionary<string, string>(Metadata, StringComparer.Ordinal),
        Personality = Personality.ToArray(),
        UserData = UserData,
        ConfigDrive = ConfigDrive,
        DiskConfig = DiskConfig,
        PublicAddresses = [PublicIPv4, .. SharedIps],
        PublicIPv6 = PublicIPv6,
        PrivateAddresses = [PrivateIPv4],
        SharedIpGroupId = SharedIpGroupId,
        Created = Created,
        Updated = Updated,
    };
}
