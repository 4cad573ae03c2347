using Autoscaler.Controller.Registry;

namespace Autoscaler.Controller.Operations.Telemetry;

/// <summary>The registry's agent gateway, counting reports and open sessions on the way through.</summary>
/// <remarks>Registered over the core's <see cref="IAgentGateway"/>; every call goes to the registry unchanged.</remarks>
internal sealed class MeteredAgentGateway(FleetRegistry registry, OperationsMetrics metrics) : IAgentGateway
{
    public AgentAdmission Admit(AgentIdentity identity)
    {
        var admission = registry.Admit(identity);
        if (admission.Session is not null)
        {
            metrics.StreamOpened();
        }

        return admission;
    }

    public void ApplyLoad(AgentSession session, AgentLoad load)
    {
        ArgumentNullException.ThrowIfNull(session);
        registry.ApplyLoad(session, load);
        metrics.Report(session.Fleet);
    }

    public void Heartbeat(AgentSession session) => registry.Heartbeat(session);

    public void Disconnected(AgentSession session)
    {
        registry.Disconnected(session);
        metrics.StreamClosed();
    }
}
