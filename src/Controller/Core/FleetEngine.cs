using System.Collections.Frozen;
using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Persistence;
using Autoscaler.Controller.Policy;
using Autoscaler.Controller.Registry;
using Autoscaler.RackspaceApi.Provisioning;
using Microsoft.EntityFrameworkCore;

namespace Autoscaler.Controller.Core;

/// <summary>The controller's core in one place: restore, tick (snapshot, decide, act, persist) and reconcile per fleet.</summary>
/// <remarks>
/// Runs without the web host and on any <see cref="TimeProvider"/>: the Quartz jobs and the simulator drive the same
/// methods. Work on one fleet is serialised (tick, reconcile and operator actions never interleave); fleets run in parallel.
/// </remarks>
internal sealed class FleetEngine : IDisposable
{
    private readonly FleetCatalog _catalog;
    private readonly TimeProvider _time;
    private readonly IDbContextFactory<AutoscalerDbContext> _contexts;
    private readonly DecisionExecutor _executor;
    private readonly TickPersister _persister;
    private readonly Reconciler _reconciler;
    private readonly ILogger _logger;
    private readonly ControllerOptions _options;
    private readonly FrozenDictionary<string, SemaphoreSlim> _gates;
    private readonly Dictionary<string, DecisionReason> _lastRecordedReason = new(StringComparer.Ordinal);

    public FleetEngine(
        FleetCatalog catalog,
        FleetRegistry registry,
        IServerProvisioner provisioner,
        IDbContextFactory<AutoscalerDbContext> contexts,
        TimeProvider time,
        ControllerOptions options,
        ILoggerFactory loggerFactory)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _catalog = catalog;
        Registry = registry;
        _time = time;
        _contexts = contexts;
        _options = options;
        _logger = loggerFactory.CreateLogger<FleetEngine>();
        var operations = new OperationLog(contexts);
        _executor = new DecisionExecutor(registry, provisioner, operations, time, options.AgentEndpoint, _logger);
        _persister = new TickPersister(contexts);
        _reconciler = new Reconciler(catalog, registry, operations, provisioner, time, options, _logger);
        _gates = catalog.Names.ToFrozenDictionary(n => n, _ => new SemaphoreSlim(1, 1), StringComparer.Ordinal);
    }

    public FleetRegistry Registry { get; }

    /// <summary>Builds the core without a host (the simulator, tests): fleets, cloud seam, database and clock.</summary>
    /// <param name="fleets">Fleets by name; validated (throws <see cref="Microsoft.Extensions.Options.OptionsValidationException"/> listing every problem).</param>
    /// <param name="provisioner">The cloud.</param>
    /// <param name="contexts">The database, e.g. <see cref="SqliteDatabase.CreateFactory"/>.</param>
    /// <param name="time">The clock (a FakeTimeProvider in virtual time).</param>
    /// <param name="options">Controller-wide settings; defaults when null.</param>
    /// <param name="loggerFactory">Logging; none when null.</param>
    public static FleetEngine Create(
        IReadOnlyDictionary<string, FleetOptions> fleets,
        IServerProvisioner provisioner,
        IDbContextFactory<AutoscalerDbContext> contexts,
        TimeProvider time,
        ControllerOptions? options = null,
        ILoggerFactory? loggerFactory = null)
    {
        loggerFactory ??= Microsoft.Extensions.Logging.Abstractions.NullLoggerFactory.Instance;
        var catalog = FleetCatalog.Fixed(fleets);
        var registry = new FleetRegistry(catalog, time, loggerFactory.CreateLogger<FleetRegistry>());
        return new FleetEngine(catalog, registry, provisioner, contexts, time, options ?? new ControllerOptions(), loggerFactory);
    }

    public IReadOnlyCollection<string> Fleets => _catalog.Names;

    /// <summary>The fleets' options in force.</summary>
    public FleetCatalog Catalog => _catalog;

    internal DecisionExecutor Executor => _executor;

    /// <summary>Migrates the database and loads fleets and live servers into the registry. Call once, before anything else.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await SqliteDatabase.MigrateAsync(_contexts, cancellationToken).ConfigureAwait(false);
        var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var now = _time.GetUtcNow();
            var fleets = await db.Fleets.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
            foreach (var record in fleets.Where(f => _gates.ContainsKey(f.Name)))
            {
                var fleet = Registry.Fleet(record.Name);
                fleet.Paused = record.Paused;
                fleet.ManualFloor = record.ManualFloor;
                fleet.LastScaleUpAt = record.LastScaleUpAt;
                fleet.LastScaleDownAt = record.LastScaleDownAt;
                fleet.ConsecutiveCreateFailures = record.ConsecutiveCreateFailures;
                fleet.CreateBackoffUntil = record.CreateBackoffUntil;
            }

            // Nothing is in flight in a process that just started: calls pending at the crash are now of unknown outcome,
            // and reconcile settles what they did from the cloud's own list.
            await db.Operations.Where(o => o.Status == OperationStatus.Pending)
                .ExecuteUpdateAsync(u => u.SetProperty(o => o.Status, OperationStatus.Uncertain).SetProperty(o => o.CompletedAt, now), cancellationToken)
                .ConfigureAwait(false);
            var servers = await db.Servers.AsNoTracking().Where(s => s.State != ServerState.Deleted).ToListAsync(cancellationToken).ConfigureAwait(false);
            var restored = 0;
            foreach (var record in servers.Where(s => _gates.ContainsKey(s.Fleet)))
            {
                Registry.Add(ServerRecords.Restore(record, now));
                restored++;
            }

            EngineLog.Restored(_logger, restored, fleets.Count);
        }
    }

    /// <summary>One policy round for a fleet: snapshot, decide, carry out (unless dry-run), persist in one transaction.</summary>
    public async Task<ScalingDecision> TickAsync(string fleetName, CancellationToken cancellationToken)
    {
        var gate = Gate(fleetName);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var options = _catalog.Get(fleetName);
            var fleet = Registry.Fleet(fleetName);
            var now = _time.GetUtcNow();
            var playersAtSnapshot = fleet.TotalPlayers;
            var waiting = fleet.Waiting.TakeForPolicy(now, options.WaitingPlayersTtl);

            // Players waiting for a slot are demand too: while the fleet is full, seated players alone would show no growth.
            var wanting = (int)Math.Min(playersAtSnapshot + waiting, int.MaxValue);
            var joinRate = fleet.SampleJoinRate(now, wanting, options.JoinRateWindow);
            var snapshot = Registry.Snapshot(fleetName, joinRate, waiting) with
            {
                RecentPeakRequired = fleet.RecentRequired.Peak(now, options.ScaleDownWindow),
            };

            // What this tick provisions for (players and the lead-time growth) is scored a boot and a tick later; how far
            // demand outran such forecasts lately is the buffer an adaptive fleet keeps.
            var horizon = (snapshot.ObservedBootTime ?? options.ExpectedBootTime) + options.PolicyInterval;
            var margin = fleet.ObserveDemand(now, wanting, wanting + new DemandModel(options, snapshot).LeadPlayers, horizon,
                options.AdaptiveBufferWindow, options.AdaptiveBufferQuantile, options.AdaptiveBufferMinimumErrors);
            snapshot = snapshot with { DemandMargin = margin };
            var decision = CapacityPolicy.Decide(snapshot, options, now);
            fleet.RecentRequired.Add(now, decision.RequiredCapacity);
            if (decision.HasActions || decision.Reason != DecisionReason.Steady)
            {
                EngineLog.Decided(_logger, fleetName, decision.Reason, decision.DryRun ? " (dry-run)" : "", decision.Create, decision.Undrain.Count,
                    decision.Drain.Count, decision.Delete.Count, decision.Reboot.Count, decision.Replace.Count, decision.Detail);
            }

            if (!decision.DryRun)
            {
                await _executor.ExecuteAsync(decision, options, cancellationToken).ConfigureAwait(false);
            }

            // Relative to the snapshot, so reports that landed while this tick ran are not lost to the trigger.
            if (fleet.ArmTrigger(playersAtSnapshot + decision.HeadroomPlayers))
            {
                Registry.Trigger?.Request(fleetName);
            }

            await _persister.PersistAsync(fleet, WorthRecording(decision) ? decision : null, _time.GetUtcNow(), everything: false, cancellationToken).ConfigureAwait(false);
            return decision;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Compares the cloud's server list with the records of every fleet and repairs the differences.</summary>
    public async Task ReconcileAsync(CancellationToken cancellationToken)
    {
        var cloud = await _reconciler.ListAsync(cancellationToken).ConfigureAwait(false);
        foreach (var fleetName in _catalog.Names)
        {
            var gate = Gate(fleetName);
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await _reconciler.ReconcileFleetAsync(fleetName, cloud, _executor, cancellationToken).ConfigureAwait(false);
                await _persister.PersistAsync(Registry.Fleet(fleetName), null, _time.GetUtcNow(), everything: false, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }
    }

    /// <summary>Deletes history older than the retention: decisions, load samples, finished operations, deleted servers.</summary>
    /// <returns>The number of rows removed.</returns>
    public async Task<int> PruneHistoryAsync(CancellationToken cancellationToken)
    {
        var cutoff = _time.GetUtcNow() - _options.HistoryRetention;
        var db = await _contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var removed = await db.Decisions.Where(d => d.At < cutoff).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            removed += await db.LoadSamples.Where(l => l.At < cutoff).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            removed += await db.Operations.Where(o => o.Status != OperationStatus.Pending && o.StartedAt < cutoff)
                .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            removed += await db.Servers.Where(s => s.State == ServerState.Deleted && s.DeletedAt < cutoff)
                .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
            return removed;
        }
    }

    /// <summary>Runs an operator action on a fleet under its gate, then persists the fleet.</summary>
    internal async Task<T> WithFleetAsync<T>(string fleetName, Func<FleetRuntime, T> action, CancellationToken cancellationToken)
    {
        var gate = Gate(fleetName);
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var fleet = Registry.Fleet(fleetName);
            var result = action(fleet);
            await _persister.PersistAsync(fleet, null, _time.GetUtcNow(), everything: false, cancellationToken).ConfigureAwait(false);
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose()
    {
        foreach (var gate in _gates.Values)
        {
            gate.Dispose();
        }
    }

    private bool WorthRecording(ScalingDecision decision)
    {
        // Actions are always recorded; a hold (cooldown, maximum, backoff) once when it starts, not every tick.
        lock (_lastRecordedReason)
        {
            var changed = !_lastRecordedReason.TryGetValue(decision.Fleet, out var last) || last != decision.Reason;
            _lastRecordedReason[decision.Fleet] = decision.Reason;
            return decision.HasActions || (changed && decision.Reason != DecisionReason.Steady);
        }
    }

    private SemaphoreSlim Gate(string fleetName) =>
        _gates.TryGetValue(fleetName, out var gate) ? gate : throw new KeyNotFoundException($"No fleet named '{fleetName}' is configured.");
}
