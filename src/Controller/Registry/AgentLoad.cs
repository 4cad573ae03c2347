namespace Autoscaler.Controller.Registry;

/// <summary>One validated load report.</summary>
/// <remarks>A value, not an object: one is made for every report of every stream.</remarks>
internal readonly record struct AgentLoad(
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
