using Autoscaler.Agent;

namespace Autoscaler.AgentSidecar;

/// <summary>The body of <c>GET /v1/status</c> (and of a successful <c>PUT /v1/load</c>).</summary>
internal sealed record SidecarStatus(
    string ServerId,
    string Fleet,
    int Players,
    int Capacity,
    string State,
    bool Draining,
    bool ShutdownRequested,
    DateTimeOffset? ShutdownDeadline,
    bool Connected,
    long LastCommandId)
{
    public static SidecarStatus Of(GameServerAgent agent, CommandFeed feed) => new(
        agent.ServerId,
        agent.Fleet,
        agent.Players,
        agent.Capacity,
        agent.State switch
        {
            AgentServerState.Ready => "ready",
            AgentServerState.Draining => "draining",
            _ => "starting",
        },
        agent.IsDraining,
        agent.IsShutdownRequested,
        agent.ShutdownDeadline,
        agent.IsConnected,
        feed.LastId);
}
