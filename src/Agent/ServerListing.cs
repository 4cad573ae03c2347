namespace Autoscaler.Agent;

/// <summary>A game server's load as the controller holds it (its row under the well-known load key).</summary>
/// <param name="ServerId">The server's id.</param>
/// <param name="Fleet">The server's fleet.</param>
/// <param name="Players">Players connected.</param>
/// <param name="Capacity">Player slots.</param>
/// <param name="FreeSlots">Capacity minus players when ready, else 0.</param>
/// <param name="State">The state the server reports.</param>
public sealed record ServerListing(string ServerId, string Fleet, int Players, int Capacity, int FreeSlots, AgentServerState State);
