namespace Autoscaler.Controller.Fleets;

/// <summary>One fleet's configuration (<c>Fleets:&lt;name&gt;</c>): what to create and the capacity policy's thresholds.</summary>
/// <remarks>Policy thresholds are reloaded without a restart; an invalid edit is rejected and the last good values stay.</remarks>
internal sealed class FleetOptions
{
    /// <summary>The image new servers boot from (v1.0 imageId, v2 imageRef). Required.</summary>
    public string ImageId { get; set; } = "";

    /// <summary>The flavor new servers get (v1.0 flavorId, v2 flavorRef). Required.</summary>
    public string FlavorId { get; set; } = "";

    /// <summary>The region (v2); empty means the provider's default.</summary>
    public string Region { get; set; } = "";

    /// <summary>Server names are <c>{NamePrefix}-{fleet}-{operationId}</c>. Default "as"; 1-32 chars of [a-z0-9-].</summary>
    public string NamePrefix { get; set; } = "as";

    /// <summary>Player slots on one server. Default 16.</summary>
    public int SlotsPerServer { get; set; } = 16;

    /// <summary>Fewest servers the fleet keeps (ready or on the way). Default 0.</summary>
    public int MinServers { get; set; }

    /// <summary>Most servers the fleet may have at once, in any state but deleting. Default 10.</summary>
    public int MaxServers { get; set; } = 10;

    /// <summary>Absolute floor of the free-slot buffer. Default 0.</summary>
    public int MinFreeSlots { get; set; }

    /// <summary>Free slots as a percentage of the fleet's serving capacity (0 to below 100). Default 0.</summary>
    /// <remarks>The buffer is max(<see cref="MinFreeSlots"/>, percent x capacity), capacity being what the fleet scales to.</remarks>
    public double FreeSlotsPercent { get; set; }

    /// <summary>Learn the buffer from the fleet's own forecast errors (true) instead of <see cref="FreeSlotsPercent"/>. Default true.</summary>
    /// <remarks>Once <see cref="AdaptiveBufferMinimumErrors"/> forecasts have been scored within <see cref="AdaptiveBufferWindow"/>,
    /// the buffer is max(<see cref="MinFreeSlots"/>, the <see cref="AdaptiveBufferQuantile"/> of their shortfalls); before that the percentage applies.</remarks>
    public bool AdaptiveBuffer { get; set; } = true;

    /// <summary>How far back forecast errors count for the adaptive buffer. Default 1 hour.</summary>
    public TimeSpan AdaptiveBufferWindow { get; set; } = TimeSpan.FromHours(1);

    /// <summary>The share of recent shortfalls the adaptive buffer covers (0.5 to 1). Default 0.99.</summary>
    public double AdaptiveBufferQuantile { get; set; } = 0.99;

    /// <summary>Forecasts that must have been scored before the adaptive buffer replaces the percentage. Default 30.</summary>
    public int AdaptiveBufferMinimumErrors { get; set; } = 30;

    /// <summary>Scale up when players exceed this share of serving capacity (above 0, at most 1). Default 1 (off).</summary>
    public double ScaleUpUtilisation { get; set; } = 1.0;

    /// <summary>Whether to provision ahead for the players expected to arrive during one boot. Default true.</summary>
    public bool LeadTimeProvisioning { get; set; } = true;

    /// <summary>Boot time assumed until one has been observed (create to the agent's hello). Default 90 s.</summary>
    public TimeSpan ExpectedBootTime { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>The window the join rate (a least-squares slope of players over time) is fitted over. Default 2 minutes.</summary>
    /// <remarks>About one boot time: shorter windows chase noise (measured: 60 s cost 5 % more server-hours and denied joins on a diurnal day).</remarks>
    public TimeSpan JoinRateWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a matchmaker's count of players waiting for a slot stays valid without a new report. Default 30 s.</summary>
    /// <remarks>A matchmaker that stops reporting (crashed, disconnected) must not leave phantom demand behind.</remarks>
    public TimeSpan WaitingPlayersTtl { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Least time between two scale-ups for buffer reasons. Default 0 (servers on the way already count).</summary>
    public TimeSpan ScaleUpCooldown { get; set; } = TimeSpan.Zero;

    /// <summary>The fleet shrinks only to the highest capacity the policy required within this window. Default 2 minutes.</summary>
    /// <remarks>
    /// A stabilisation window: a dip shorter than the window drains nothing, a sustained fall is followed as soon as it
    /// has lasted the window, however often the fleet grew meanwhile (a cooldown reset by every create would hold a noisy
    /// fleet at its high-water mark for hours).
    /// </remarks>
    public TimeSpan ScaleDownWindow { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Least time after any scale-up or scale-down before the fleet shrinks again. Default 0 (the window paces).</summary>
    public TimeSpan ScaleDownCooldown { get; set; } = TimeSpan.Zero;

    /// <summary>Most creates one tick may ask for. Default 5.</summary>
    public int MaxCreatesPerTick { get; set; } = 5;

    /// <summary>Most servers being created at once (requested, building or booting). Default 10.</summary>
    public int MaxInFlight { get; set; } = 10;

    /// <summary>Most servers one tick may start draining. Default 2.</summary>
    public int MaxDrainsPerTick { get; set; } = 2;

    /// <summary>How long a server must have been empty before it may be drained for deletion. Default 1 minute.</summary>
    public TimeSpan EmptyGracePeriod { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a draining server must stay empty before it is deleted (lets a last join land). Default 10 s.</summary>
    public TimeSpan DrainSettle { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The cloud's billing unit; zero means per-second billing (billing-aware deletion off). Default 0.</summary>
    /// <remarks>Set 01:00:00 for hourly billing: an empty server paid until its next boundary is kept as free buffer.</remarks>
    public TimeSpan BillingGranularity { get; set; } = TimeSpan.Zero;

    /// <summary>How close to its next billing boundary an empty server is deleted. Default 5 minutes.</summary>
    public TimeSpan BillingDeleteWindow { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A ready or draining server silent for this long is lost and rebooted. Default 15 s.</summary>
    public TimeSpan HeartbeatTimeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Longest time from ACTIVE (or a reboot) to the agent's hello before the server is replaced. Default 5 minutes.</summary>
    public TimeSpan BootTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Longest time from the create request to ACTIVE before the server is replaced. Default 15 minutes.</summary>
    public TimeSpan BuildTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>HARD reboots tried on a lost server before it is replaced. Default 2.</summary>
    public int RebootsBeforeReplace { get; set; } = 2;

    /// <summary>First pause after a failed create; doubles with every further failure. Default 15 s.</summary>
    public TimeSpan CreateBackoff { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Longest pause between creates while the cloud keeps failing. Default 10 minutes.</summary>
    public TimeSpan MaxCreateBackoff { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often the policy runs when no report fires it early. Default 10 s.</summary>
    public TimeSpan PolicyInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Decide and log, but change nothing. Default false.</summary>
    public bool DryRun { get; set; }

    /// <summary>Where the agent bootstrap file is written on a new server (v1.0 personality, v2 personality and user_data).</summary>
    public string BootstrapFilePath { get; set; } = Autoscaler.Agent.AgentBootstrapFile.DefaultPath;

    /// <summary>A shallow copy, so a reload never mutates options a running tick holds.</summary>
    public FleetOptions Clone() => (FleetOptions)MemberwiseClone();
}
