using Autoscaler.Controller.Registry;

namespace Autoscaler.Benchmarks.Ingestion;

/// <summary>The real fleet registry with a counter around ApplyLoad: a report is "applied" when the registry's
/// ApplyLoad returns, and its lag is that moment minus the send time the load generator encoded in the report's
/// sequence number (microseconds since the Unix epoch, which also keeps each stream's sequence increasing).</summary>
internal sealed class MeasuredGateway(FleetRegistry registry, ApplyCounter counter, TimeProvider time) : IAgentGateway
{
    public AgentAdmission Admit(AgentIdentity identity) => registry.Admit(identity);

    public void ApplyLoad(AgentSession session, AgentLoad load)
    {
        registry.ApplyLoad(session, load);
        var sentAt = DateTimeOffset.UnixEpoch.AddTicks((long)Math.Min(load.Sequence, (ulong)(long.MaxValue / 10)) * 10);
        counter.Record((time.GetUtcNow() - sentAt).TotalMilliseconds);
    }

    public void Heartbeat(AgentSession session) => registry.Heartbeat(session);

    public void Disconnected(AgentSession session) => registry.Disconnected(session);
}
