namespace Autoscaler.Controller.Registry;

/// <summary>A server's lifecycle as the controller sees it (persisted).</summary>
internal enum ServerState
{
    /// <summary>The create intent is recorded; the cloud has not (yet) confirmed the server.</summary>
    Requested,

    /// <summary>The cloud accepted the create and is building the server.</summary>
    Building,

    /// <summary>The cloud says ACTIVE; the agent has not said hello yet.</summary>
    Booting,

    /// <summary>The agent is connected and the server takes players.</summary>
    Ready,

    /// <summary>The server takes no new players and is deleted once it stays empty.</summary>
    Draining,

    /// <summary>The agent went silent; a reboot is being asked for.</summary>
    Lost,

    /// <summary>A HARD reboot was asked for; waiting for the agent's hello.</summary>
    Rebooting,

    /// <summary>The delete intent is recorded; the cloud has not confirmed it.</summary>
    Deleting,

    /// <summary>Gone from the cloud.</summary>
    Deleted,
}
