namespace Autoscaler.Simulator.Fleet;

/// <summary>One game server in the simulated fleet.</summary>
internal sealed class SimServer(int id, string name, int capacity, double createdAt)
{
    public int Id { get; } = id;

    /// <summary>The cloud's name or id for the server (the controller's deterministic name when the real core runs).</summary>
    public string Name { get; } = name;

    public int Capacity { get; } = capacity;

    public double CreatedAt { get; } = createdAt;

    public ServerPhase Phase { get; internal set; } = ServerPhase.Booting;

    /// <summary>When a booting or rebooting server starts taking players (virtual seconds).</summary>
    public double ReadyAt { get; internal set; } = double.PositiveInfinity;

    public double DeletedAt { get; internal set; } = double.NaN;

    public int Players { get; internal set; }

    public int FreeSlots => Capacity - Players;

    /// <summary>Whether the matchmaker may send a player here.</summary>
    public bool AcceptsPlayers => Phase == ServerPhase.Ready && Players < Capacity;

    /// <summary>Whether the server exists at the cloud (and is billed).</summary>
    public bool Exists => Phase != ServerPhase.Deleted;
}
