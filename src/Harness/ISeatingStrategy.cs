namespace Autoscaler.Harness;

/// <summary>How a <see cref="GameServerPool"/> seats a joining player and picks who leaves (the matchmaker).</summary>
/// <remarks>Called from the pool's loop only, one player at a time, with the running servers ordered by cloud id;
/// each call sees the counts the previous calls left.</remarks>
public interface ISeatingStrategy
{
    /// <summary>The server a joining player is seated on, or null when no server may take one (a denied join).</summary>
    RunningGameServer? ChooseHost(IReadOnlyList<RunningGameServer> servers);

    /// <summary>The server one seated player leaves, among the servers with at least one player (never empty).</summary>
    RunningGameServer ChooseLeaver(IReadOnlyList<RunningGameServer> occupied);
}
