namespace Autoscaler.Simulator.Fleet;

/// <summary>Where a simulated game server is in its life, as the players see it.</summary>
internal enum ServerPhase
{
    /// <summary>Created at the cloud; building and booting the game; takes no players yet.</summary>
    Booting,

    /// <summary>Takes players.</summary>
    Ready,

    /// <summary>Takes no new players; the players on it stay until they leave.</summary>
    Draining,

    /// <summary>Rebooting: its players were dropped and it takes none until it is back.</summary>
    Rebooting,

    /// <summary>Deleted at the cloud; no longer billed.</summary>
    Deleted,
}
