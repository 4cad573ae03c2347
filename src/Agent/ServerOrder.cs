namespace Autoscaler.Agent;

/// <summary>How <see cref="ServerDirectory"/> orders servers, by their load.</summary>
public enum ServerOrder
{
    /// <summary>By server id.</summary>
    ServerId,

    /// <summary>Lowest utilisation first: spreads players over servers.</summary>
    LeastLoaded,

    /// <summary>Highest utilisation first: packs players onto few servers (the rest can drain).</summary>
    MostLoaded,
}
