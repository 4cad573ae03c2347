namespace Autoscaler.Agent;

/// <summary>One consistent-enough read of <see cref="LoadState"/>, as sent in a load report.</summary>
internal sealed record LoadSnapshot(
    long Version,
    int Players,
    int Capacity,
    AgentServerState State,
    IReadOnlyList<KeyValuePair<string, double>> Metrics);
