using System.Collections.Concurrent;
using System.Collections.Frozen;
using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Policy;

namespace Autoscaler.Controller.Registry;

/// <summary>The live picture of every fleet: servers, their latest load and their agents' sessions, in memory.</summary>
/// <remarks>
/// Agent streams call the <see cref="IAgentGateway"/> members concurrently; each touches only its server's slot (a
/// per-server lock) and one interlocked fleet counter, never I/O. Servers become known when the controller creates
/// them (or restores them from the database at start-up); an agent can only speak for a server with its own token.
/// </remarks>
internal sealed class FleetRegistry : IAgentGateway
{
    private readonly ConcurrentDictionary<string, ServerSlot> _servers = new(StringComparer.Ordinal);
    private readonly FrozenDictionary<string, FleetRuntime> _fleets;
    private readonly FleetCatalog _catalog;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private long _sessionIds;

    public FleetRegistry(FleetCatalog catalog, TimeProvider time, ILogger<FleetRegistry> logger)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _fleets = catalog.Names.ToFrozenDictionary(n => n, n => new FleetRuntime(n), StringComparer.Ordinal);
        _catalog = catalog;
        _time = time;
        _logger = logger;
    }

    /// <summary>Where buffer-breaking reports are signalled; set once at start-up.</summary>
    public IPolicyTrigger? Trigger { get; set; }

    public IReadOnlyCollection<FleetRuntime> Fleets => _fleets.Values;

    public FleetRuntime Fleet(string name) =>
        _fleets.TryGetValue(name, out var fleet) ? fleet : throw new KeyNotFoundException($"No fleet named '{name}' is configured.");

    public bool TryGetServer(string serverId, out ServerSlot slot) => _servers.TryGetValue(serverId, out slot!);

    /// <summary>Adds a server the controller is creating (or restores one from the database).</summary>
    public void Add(ServerSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        var fleet = Fleet(slot.Fleet);
        if (!_servers.TryAdd(slot.Id, slot) || !fleet.Servers.TryAdd(slot.Id, slot))
        {
            throw new InvalidOperationException($"Server '{slot.Id}' is already registered.");
        }

        fleet.AddPlayers(slot.Players);
    }

    /// <summary>Forgets a deleted server and closes its session.</summary>
    public void Remove(ServerSlot slot)
    {
        ArgumentNullException.ThrowIfNull(slot);
        _servers.TryRemove(slot.Id, out _);
        var fleet = Fleet(slot.Fleet);
        fleet.Servers.TryRemove(slot.Id, out _);
        lock (slot.Gate)
        {
            fleet.AddPlayers(-slot.Players);
            slot.Players = 0;
            slot.Session?.Complete();
            slot.Session = null;
        }
    }

    /// <summary>A consistent copy of a fleet for the policy.</summary>
    public FleetSnapshot Snapshot(string fleetName, double joinRatePerSecond, int waitingPlayers = 0)
    {
        var fleet = Fleet(fleetName);
        var views = new List<ServerView>(fleet.Servers.Count);
        foreach (var slot in fleet.Servers.Values)
        {
            views.Add(slot.View());
        }

        // Dictionary order is arbitrary; the policy breaks ties by order, so make it reproducible.
        views.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        return new FleetSnapshot(fleetName, views, joinRatePerSecond, fleet.ObservedBootTime, fleet.LastScaleUpAt,
            fleet.LastScaleDownAt, fleet.CreateBackoffUntil, fleet.ManualFloor, fleet.Paused, waitingPlayers);
    }

    /// <summary>Records a matchmaker's count of players waiting for a slot in a fleet; a rise fires the policy at once.</summary>
    /// <returns>False, and nothing recorded, when the fleet already tracks <see cref="WaitingPlayers.MaxSources"/> other sources.</returns>
    public bool ReportWaitingPlayers(string fleetName, string source, int waiting)
    {
        var fleet = Fleet(fleetName);
        if (!fleet.Waiting.TryReport(source, waiting, _time.GetUtcNow(), _catalog.Get(fleetName).WaitingPlayersTtl, out var rose))
        {
            return false;
        }

        if (rose)
        {
            Trigger?.Request(fleetName);
        }

        return true;
    }

    /// <summary>Sends a command to a server's agent, when it is connected.</summary>
    public bool Send(ServerSlot slot, AgentCommand command)
    {
        ArgumentNullException.ThrowIfNull(slot);
        AgentSession? session;
        lock (slot.Gate)
        {
            session = slot.Session;
        }

        session?.Send(command);
        return session is not null;
    }

    public AgentAdmission Admit(AgentIdentity identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (!_fleets.TryGetValue(identity.Fleet, out var fleet))
        {
            RegistryLog.Refused(_logger, identity.ServerId, identity.Fleet, AdmissionFailure.UnknownFleet);
            return AgentAdmission.Rejected(AdmissionFailure.UnknownFleet, $"no fleet named '{identity.Fleet}' is configured");
        }

        if (!_servers.TryGetValue(identity.ServerId, out var slot))
        {
            RegistryLog.Refused(_logger, identity.ServerId, identity.Fleet, AdmissionFailure.UnknownServer);
            return AgentAdmission.Rejected(AdmissionFailure.UnknownServer, $"no server '{identity.ServerId}' was created by this controller");
        }

        if (!string.Equals(slot.Fleet, identity.Fleet, StringComparison.Ordinal))
        {
            RegistryLog.Refused(_logger, identity.ServerId, identity.Fleet, AdmissionFailure.WrongFleet);
            return AgentAdmission.Rejected(AdmissionFailure.WrongFleet, $"server '{identity.ServerId}' belongs to another fleet");
        }

        if (!AgentTokens.Matches(identity.Token, slot.TokenHash))
        {
            RegistryLog.Refused(_logger, identity.ServerId, identity.Fleet, AdmissionFailure.BadToken);
            return AgentAdmission.Rejected(AdmissionFailure.BadToken, $"the token is not the one issued to server '{identity.ServerId}'");
        }

        var now = _time.GetUtcNow();
        AgentSession session;
        lock (slot.Gate)
        {
            if (slot.State is ServerState.Deleting or ServerState.Deleted)
            {
                return AgentAdmission.Rejected(AdmissionFailure.UnknownServer, $"server '{identity.ServerId}' is being deleted");
            }

            slot.Session?.Complete();
            var heartbeatTimeout = _catalog.TryGet(slot.Fleet, out var fleetOptions) ? fleetOptions.HeartbeatTimeout : (TimeSpan?)null;
            session = new AgentSession(slot.Id, slot.Fleet, Interlocked.Increment(ref _sessionIds), slot.State == ServerState.Draining, heartbeatTimeout)
            {
                Slot = slot,
                FleetState = fleet,
            };
            slot.Session = session;
            slot.HasSequence = false;
            slot.LastSeenAt = now;
            slot.Capacity = identity.Capacity;
            slot.RebootCount = 0;
            if (slot.Players == 0)
            {
                slot.EmptySince ??= now;
            }

            if (slot.State is not (ServerState.Ready or ServerState.Draining))
            {
                if (slot.ReadyAt is null)
                {
                    slot.ReadyAt = now;
                    fleet.ObserveBoot(now - slot.CreatedAt);
                }

                slot.MoveTo(ServerState.Ready, now);
            }

            slot.Dirty = true;
        }

        RegistryLog.Admitted(_logger, slot.Id, slot.Fleet, session.SessionId);
        return AgentAdmission.Accepted(session);
    }

    public void ApplyLoad(AgentSession session, AgentLoad load)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (SlotOf(session) is not { } slot)
        {
            return;
        }

        int delta;
        lock (slot.Gate)
        {
            if (!ReferenceEquals(slot.Session, session) || (slot.HasSequence && load.Sequence <= slot.Sequence))
            {
                return;
            }

            slot.HasSequence = true;
            slot.Sequence = load.Sequence;
            delta = load.Players - slot.Players;
            slot.Players = load.Players;
            slot.Capacity = load.Capacity;
            slot.LastSeenAt = load.ReceivedAt;
            slot.EmptySince = load.Players == 0 ? slot.EmptySince ?? load.ReceivedAt : null;
            slot.Dirty = true;
        }

        if (delta != 0 && (session.FleetState ?? Fleet(slot.Fleet)).AddPlayers(delta))
        {
            Trigger?.Request(slot.Fleet);
        }
    }

    public void Heartbeat(AgentSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (SlotOf(session) is { } slot)
        {
            lock (slot.Gate)
            {
                if (ReferenceEquals(slot.Session, session))
                {
                    slot.LastSeenAt = _time.GetUtcNow();
                    slot.Dirty = true;
                }
            }
        }
    }

    public void Disconnected(AgentSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (SlotOf(session) is { } slot)
        {
            lock (slot.Gate)
            {
                if (ReferenceEquals(slot.Session, session))
                {
                    slot.Session = null;
                }
            }
        }

        session.Complete();
        RegistryLog.Disconnected(_logger, session.ServerId, session.SessionId);
    }

    /// <summary>The slot a session speaks for: the one it was admitted for (a removed server's slot no longer holds the
    /// session, so every caller's session check fails as a lookup would), else by id.</summary>
    private ServerSlot? SlotOf(AgentSession session) =>
        session.Slot ?? (_servers.TryGetValue(session.ServerId, out var slot) ? slot : null);
}
