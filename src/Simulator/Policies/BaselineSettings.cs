namespace Autoscaler.Simulator.Policies;

/// <summary>Parameters of the baseline policies; a null buffer or size means "choose it from the trace" (see PolicyCatalog).</summary>
internal sealed record BaselineSettings
{
    /// <summary>Agones absolute buffer in player slots; null searches the smallest with zero denied joins.</summary>
    public int? AgonesBufferSlots { get; init; }

    /// <summary>Agones buffer percent (0-99); null searches the smallest with zero denied joins.</summary>
    public int? AgonesBufferPercent { get; init; }

    /// <summary>Agones minReplicas. Default 1.</summary>
    public int MinServers { get; init; } = 1;

    /// <summary>Agones maxReplicas. Default 1000.</summary>
    public int MaxServers { get; init; } = 1000;

    /// <summary>Agones sync period. Default 30 s (the Agones default).</summary>
    public TimeSpan AgonesSyncPeriod { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The fixed fleet's size; null sizes it for the trace's peak: ceil(peak / slots).</summary>
    public int? FixedServers { get; init; }

    /// <summary>RakNet sample's total server cap. Default 32, as in the sample.</summary>
    public int RakNetMaxTotal { get; init; } = 32;
}
