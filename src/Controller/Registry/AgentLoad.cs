namespace Autoscaler.Controller.Registry;

/// <summary>One validated load report.</summary>
internal sealed record AgentLoad(
    int Players,
    int Capacity,
    AgentReportedState State,
    ulong Sequence,
    DateTimeOffset ReceivedAt,
    IReadOnlyDictionary<string, double> Metrics);

/// <summary>The state the game server reports about itself.</summary>
internal enum AgentReportedState
{
    Starting,
    Ready,
    Draining,
}
