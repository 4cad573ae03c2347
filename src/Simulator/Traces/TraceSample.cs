namespace Autoscaler.Simulator.Traces;

/// <summary>One row of a player-load trace: the players wanting to play at a moment.</summary>
/// <param name="Seconds">Seconds since the start of the trace.</param>
/// <param name="Players">Concurrent players wanting to play at that moment.</param>
internal readonly record struct TraceSample(double Seconds, double Players);
