namespace Autoscaler.AgentSidecar;

/// <summary>The body of <c>PUT /v1/load</c>: any of players, capacity and ready (at least one).</summary>
/// <param name="Players">Players connected now (0 or more, at most the capacity).</param>
/// <param name="Capacity">Player slots (1-100000).</param>
/// <param name="Ready">true once the game accepts players (cannot be set back to false).</param>
internal sealed record LoadUpdate(int? Players, int? Capacity, bool? Ready);
