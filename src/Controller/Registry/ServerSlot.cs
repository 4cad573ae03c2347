using Autoscaler.Controller.Policy;

namespace Autoscaler.Controller.Registry;

/// <summary>One server's live record: lifecycle (written by the engine) and load (written by its agent stream).</summary>
/// <remarks>Every field is read and written under <see cref="Gate"/>; the lock is per server, so streams never contend.</remarks>
internal sealed class ServerSlot(string id, string fleet, string tokenHash, DateTimeOffset createdAt, int capacity)
{
    public Lock Gate { get; } = new();

    public string Id { get; } = id;

    public string Fleet { get; } = fleet;

    public string TokenHash { get; } = tokenHash;

    public DateTimeOffset CreatedAt { get; } = createdAt;

    public ServerState State { get; set; } = ServerState.Requested;

    public DateTimeOffset StateSince { get; set; } = createdAt;

    public string? CloudId { get; set; }

    public string? CloudStatus { get; set; }

    public bool CreateUncertain { get; set; }

    public int RebootCount { get; set; }

    public DateTimeOffset? ReadyAt { get; set; }

    public int Players { get; set; }

    public int Capacity { get; set; } = capacity;

    public ulong Sequence { get; set; }

    public bool HasSequence { get; set; }

    public DateTimeOffset? LastSeenAt { get; set; }

    public DateTimeOffset? EmptySince { get; set; }

    public AgentSession? Session { get; set; }

    /// <summary>An operator drained it: the policy never undrains it (kept in memory only).</summary>
    public bool OperatorDrain { get; set; }

    /// <summary>Changed since the last persisted tick.</summary>
    public bool Dirty { get; set; } = true;

    /// <summary>Moves to a new lifecycle state (caller holds <see cref="Gate"/>).</summary>
    public void MoveTo(ServerState state, DateTimeOffset now)
    {
        if (State != state)
        {
            State = state;
            StateSince = now;
            Dirty = true;
        }
    }

    /// <summary>A consistent copy for the policy.</summary>
    public ServerView View()
    {
        lock (Gate)
        {
            return new ServerView(Id, State, Players, Capacity, CreatedAt, StateSince, LastSeenAt, EmptySince, RebootCount,
                CloudStatus, CreateUncertain, OperatorDrain);
        }
    }
}
