namespace Autoscaler.Simulator.Scoring;

/// <summary>The fleet at one moment of a run, for the chart.</summary>
/// <param name="Seconds">Seconds since the start of the trace.</param>
/// <param name="Demand">Players wanting to play (the trace).</param>
/// <param name="Seated">Players on a server.</param>
/// <param name="Capacity">Player slots on servers that take players (ready, not draining).</param>
/// <param name="Servers">Servers that exist at the cloud (billed), in any phase.</param>
internal sealed record TimelinePoint(double Seconds, int Demand, int Seated, int Capacity, int Servers);
