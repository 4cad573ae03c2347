using Autoscaler.Agent;

namespace Autoscaler.Harness;

/// <summary>A game server running on a cloud server: the cloud's server id and the real agent speaking for it.</summary>
/// <param name="CloudServerId">The cloud's server id (the emulator's).</param>
/// <param name="Agent">The agent; its <see cref="GameServerAgent.Players"/>, <see cref="GameServerAgent.Capacity"/> and
/// <see cref="GameServerAgent.IsDraining"/> are what a seating strategy reads.</param>
public sealed record RunningGameServer(string CloudServerId, GameServerAgent Agent);
