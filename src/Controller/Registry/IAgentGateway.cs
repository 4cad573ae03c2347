namespace Autoscaler.Controller.Registry;

/// <summary>What the agent protocol needs from the fleet registry: admission, load, liveness and a server's commands.</summary>
/// <remarks>
/// The gRPC Cloud service validates every message first; the gateway receives only well-formed values. Calls are
/// made from many streams at once and must never block on I/O: load lands in memory and is persisted by the tick.
/// </remarks>
internal interface IAgentGateway
{
    /// <summary>Checks a hello against the fleet's records (fleet, server, token) and opens a session when it passes.</summary>
    AgentAdmission Admit(AgentIdentity identity);

    /// <summary>Applies a load report of an admitted session; reports older than the last applied sequence are ignored.</summary>
    void ApplyLoad(AgentSession session, AgentLoad load);

    /// <summary>Records that the session's server is alive.</summary>
    void Heartbeat(AgentSession session);

    /// <summary>Closes a session (stream ended or failed). A newer session of the same server is left alone.</summary>
    void Disconnected(AgentSession session);
}
