namespace Autoscaler.RackspaceEmulator;

/// <summary>Configuration of the emulated cloud (configuration section <c>Emulator</c> when run standalone).</summary>
/// <remarks>
/// Empty lists mean "use the documented defaults": one account (<c>demo</c> / <c>demo-api-key</c>, tenant 100000, DFW),
/// the six Rackspace regions, the classic flavors and a few public images.
/// </remarks>
public sealed class EmulatorOptions
{
    /// <summary>The configuration section name used by <c>AddRackspaceEmulator(IConfiguration)</c>.</summary>
    public const string SectionName = "Emulator";

    /// <summary>Addresses to listen on when started through <see cref="EmulatedCloud.StartAsync"/>, separated by ';'. Default: a free loopback port.</summary>
    public string? Urls { get; set; }

    /// <summary>Accounts that may authenticate. Default: one account <c>demo</c> with API key <c>demo-api-key</c>.</summary>
    public IList<EmulatorAccount> Accounts { get; } = new List<EmulatorAccount>();

    /// <summary>The regions served when <see cref="Regions"/> is empty.</summary>
    public static IReadOnlyList<string> DefaultRegions { get; } = ["DFW", "ORD", "IAD", "LON", "SYD", "HKG"];

    /// <summary>Region codes served. Default: DFW, ORD, IAD, LON, SYD, HKG.</summary>
    public IList<string> Regions { get; } = new List<string>();

    /// <summary>Flavors offered. Default: the classic 256 MB .. 30 GB flavors (ids 1..8) and two performance flavors.</summary>
    public IList<FlavorSeed> Flavors { get; } = new List<FlavorSeed>();

    /// <summary>Public images offered. Default: a few base images from the v1.0 era.</summary>
    public IList<ImageSeed> Images { get; } = new List<ImageSeed>();

    /// <summary>Time a server spends in BUILD before it becomes ACTIVE. Default 5 s.</summary>
    public TimeSpan BuildTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Time a soft reboot takes (REBOOT -> ACTIVE). Default 3 s.</summary>
    public TimeSpan RebootTime { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Time a hard reboot takes (HARD_REBOOT -> ACTIVE). Default 5 s.</summary>
    public TimeSpan HardRebootTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Time a rebuild takes (REBUILD -> ACTIVE). Default 5 s.</summary>
    public TimeSpan RebuildTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Time a password change takes (PASSWORD -> ACTIVE). Default 1 s.</summary>
    public TimeSpan PasswordChangeTime { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Time of each resize step (QUEUE_RESIZE -> PREP_RESIZE -> RESIZE -> VERIFY_RESIZE, and REVERT_RESIZE). Default 2 s.</summary>
    public TimeSpan ResizeStepTime { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Time after which a resize left in VERIFY_RESIZE is confirmed automatically. Default 24 h.</summary>
    public TimeSpan ResizeAutoConfirmTime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Time an image spends in SAVING before it becomes ACTIVE. Default 5 s.</summary>
    public TimeSpan ImageSaveTime { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Lifetime of an authentication token. Default 24 h.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long GET /servers/{id} still answers a deleted server (status DELETED) before 404. Default 0 (404 at once).</summary>
    public TimeSpan DeletedVisibleTime { get; set; } = TimeSpan.Zero;

    /// <summary>Status code of a successful v1.0 DELETE /servers/{id}: 202 (default) or 204 (the guide shows both).</summary>
    public int V1DeleteServerStatusCode { get; set; } = 202;

    /// <summary>Number of requests kept in the audit log (oldest dropped first). Default 10000.</summary>
    public int AuditCapacity { get; set; } = 10_000;

    /// <summary>Seed of the random generator behind ids, addresses, passwords and injected faults; unset means random.</summary>
    public int? RandomSeed { get; set; }

    /// <summary>Rate limits per verb and URI for each dialect.</summary>
    public RateLimitOptions RateLimits { get; set; } = new();

    /// <summary>Absolute (quota) limits per account.</summary>
    public AbsoluteLimitOptions AbsoluteLimits { get; set; } = new();

    /// <summary>Faults injected from start-up; changeable at run time through <see cref="CloudModel.Faults"/> or the admin endpoint.</summary>
    public FaultSettings Faults { get; set; } = new();
}
