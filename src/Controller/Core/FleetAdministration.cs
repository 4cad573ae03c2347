using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Persistence;
using Autoscaler.Controller.Policy;
using Autoscaler.Controller.Registry;
using Microsoft.EntityFrameworkCore;

namespace Autoscaler.Controller.Core;

/// <summary>What an operator can read and do: fleets, servers, decisions, a manual floor, pause and resume, drain one server.</summary>
/// <remarks>Plain service; the operations surface exposes it over gRPC/HTTP. Changes take effect on the fleet's next tick.</remarks>
internal sealed class FleetAdministration(FleetEngine engine, FleetCatalog catalog, IDbContextFactory<AutoscalerDbContext> contexts, TimeProvider time)
{
    public IReadOnlyList<FleetSummary> ListFleets() =>
        [.. catalog.Names.Order(StringComparer.Ordinal).Select(Summarize)];

    public FleetSummary GetFleet(string fleet) => Summarize(fleet);

    public IReadOnlyList<ServerView> ListServers(string fleet)
    {
        var snapshot = engine.Registry.Snapshot(fleet, 0);
        return snapshot.Servers;
    }

    /// <summary>The latest recorded decisions of a fleet, newest first.</summary>
    public async Task<IReadOnlyList<DecisionRecord>> RecentDecisionsAsync(string fleet, int count, CancellationToken cancellationToken)
    {
        _ = catalog.Get(fleet);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.Decisions.AsNoTracking().Where(d => d.Fleet == fleet).OrderByDescending(d => d.Id)
                .Take(Math.Clamp(count, 1, 1000)).ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Load history of a fleet (one sample a minute) since a moment.</summary>
    public async Task<IReadOnlyList<LoadSampleRecord>> LoadHistoryAsync(string fleet, DateTimeOffset since, CancellationToken cancellationToken)
    {
        _ = catalog.Get(fleet);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            return await db.LoadSamples.AsNoTracking().Where(l => l.Fleet == fleet && l.At >= since).OrderBy(l => l.At)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Sets (or with null clears) an operator's floor on servers; it cannot exceed the fleet's maximum.</summary>
    public Task SetManualFloorAsync(string fleet, int? floor, CancellationToken cancellationToken)
    {
        if (floor is { } value && (value < 0 || value > catalog.Get(fleet).MaxServers))
        {
            throw new ArgumentOutOfRangeException(nameof(floor), value, $"The floor must be from 0 to the fleet's MaxServers ({catalog.Get(fleet).MaxServers}).");
        }

        return engine.WithFleetAsync(fleet, f => f.ManualFloor = floor, cancellationToken);
    }

    public Task PauseAsync(string fleet, CancellationToken cancellationToken) =>
        engine.WithFleetAsync(fleet, f => f.Paused = true, cancellationToken);

    public Task ResumeAsync(string fleet, CancellationToken cancellationToken) =>
        engine.WithFleetAsync(fleet, f => f.Paused = false, cancellationToken);

    /// <summary>Records a matchmaker's count of players waiting for a slot; false when the fleet tracks too many other sources.</summary>
    public bool ReportWaitingPlayers(string fleet, string source, int waiting) =>
        engine.Registry.ReportWaitingPlayers(fleet, source, waiting);

    /// <summary>The fleet's waiting players across every source that has not expired.</summary>
    public int WaitingPlayers(string fleet) =>
        engine.Registry.Fleet(fleet).Waiting.Total(time.GetUtcNow(), catalog.Get(fleet).WaitingPlayersTtl);

    /// <summary>Drains one ready server; returns false when there is no such ready server in the fleet.</summary>
    /// <remarks>An operator's drain sticks: the policy never undrains the server (until a restart).</remarks>
    public Task<bool> DrainServerAsync(string fleet, string serverId, CancellationToken cancellationToken) =>
        engine.WithFleetAsync(fleet, f =>
        {
            if (!f.Servers.TryGetValue(serverId, out var slot) || !engine.Executor.ChangeDrain(new ServerAction(serverId, DecisionReason.Operator),
                ServerState.Ready, ServerState.Draining, time.GetUtcNow(), new AgentCommand.Drain(nameof(DecisionReason.Operator))))
            {
                return false;
            }

            lock (slot.Gate)
            {
                slot.OperatorDrain = true;
            }

            return true;
        }, cancellationToken);

    private FleetSummary Summarize(string name)
    {
        var options = catalog.Get(name);
        var fleet = engine.Registry.Fleet(name);
        var servers = fleet.Servers.Values.Select(s => s.View()).ToList();
        return new FleetSummary(name, options.MinServers, options.MaxServers, options.SlotsPerServer, fleet.ManualFloor, fleet.Paused, options.DryRun,
            servers.Count, servers.Count(s => s.State == ServerState.Ready), servers.Sum(s => s.Players),
            servers.Where(s => s.State == ServerState.Ready).Sum(s => s.Capacity), WaitingPlayers(name),
            options.AdaptiveBuffer ? fleet.DemandMargin : null);
    }
}

/// <summary>One fleet at a glance.</summary>
internal sealed record FleetSummary(string Name, int MinServers, int MaxServers, int SlotsPerServer, int? ManualFloor, bool Paused, bool DryRun,
    int Servers, int ReadyServers, int Players, int ReadyCapacity, int WaitingPlayers, double? LearntBuffer = null);
