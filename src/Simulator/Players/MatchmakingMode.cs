namespace Autoscaler.Simulator.Players;

/// <summary>Where the matchmaker sends a joining player among the servers that take players.</summary>
internal enum MatchmakingMode
{
    /// <summary>The fullest server that still has a free slot (packs players; empties servers for scale-down).</summary>
    FillFirst,

    /// <summary>The emptiest server (spreads players; the worst case for scale-down).</summary>
    Spread,
}
