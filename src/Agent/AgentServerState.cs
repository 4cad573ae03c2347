namespace Autoscaler.Agent;

/// <summary>The lifecycle state the agent reports for its game server.</summary>
public enum AgentServerState
{
    /// <summary>The game is still starting and takes no players (until <see cref="GameServerAgent.MarkReady"/>).</summary>
    Starting,

    /// <summary>The server accepts players.</summary>
    Ready,

    /// <summary>The controller asked the server to take no new players; running matches finish.</summary>
    Draining,
}
