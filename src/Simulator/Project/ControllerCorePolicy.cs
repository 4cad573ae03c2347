using System.Globalization;
using Autoscaler.Controller.Core;
using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Persistence;
using Autoscaler.Controller.Policy;
using Autoscaler.RackspaceEmulator;
using Autoscaler.Simulator.Fleet;
using Autoscaler.Simulator.Policies;
using Microsoft.Data.Sqlite;

namespace Autoscaler.Simulator.Project;

/// <summary>The project's policy, run by the real controller core (FleetEngine: registry, CapacityPolicy, lifecycle,
/// operation log, SQLite persistence) against the emulated Rackspace cloud through the real Rackspace v2 client, all on
/// one virtual clock. The simulation plays the game servers' agents.</summary>
/// <remarks>
/// Ticks run every PolicyInterval and, as the Quartz host does, at once when a report breaks the buffer; reconcile runs
/// every ReconcileInterval. A server's boot is the cloud's BUILD (boot time minus jitter) then the game's start (a
/// uniform draw in [0, 2 x jitter]) before the agent's hello, the same distribution the baselines get.
/// </remarks>
internal sealed class ControllerCorePolicy(FleetOptions options, SimulationOptions world) : IPolicyRunner, IAsyncDisposable
{
    public const string FleetName = "game";

    /// <summary>Trace seconds between two reports of an unchanged count of waiting players (a changed count is reported at once).</summary>
    internal const double WaitingReportInterval = 5;

    private readonly Dictionary<string, SimulatedAgent> _agents = new(StringComparer.Ordinal);
    private readonly QueuedPolicyTrigger _trigger = new();
    private readonly Random _gameStart = new(unchecked((world.Seed * 7919) + 3));
    private readonly ControllerOptions _controllerOptions = new();
    private VirtualClock? _clock;
    private EmulatedCloudSession? _cloud;
    private FleetEngine? _engine;
    private SqliteConnection? _database;
    private double _nextTick = double.NegativeInfinity;
    private double _nextReconcile;
    private int _reportedWaiting = -1;
    private double _nextWaitingReport;

    public string Name => PolicyNames.Autoscaler;

    public string Description => string.Create(CultureInfo.InvariantCulture,
        $"the project's controller core (CapacityPolicy via FleetEngine, emulated cloud over the Rackspace v2 client): buffer {ProjectPolicySettings.DescribeBuffer(options)}, lead time {(options.LeadTimeProvisioning ? "on" : "off")}, tick {options.PolicyInterval.TotalSeconds:0} s + early, min {options.MinServers}, max {options.MaxServers}, creates/tick {options.MaxCreatesPerTick}, in flight {options.MaxInFlight}, empty grace {options.EmptyGracePeriod.TotalSeconds:0} s, scale-down window {options.ScaleDownWindow.TotalSeconds:0} s (cooldown {options.ScaleDownCooldown.TotalSeconds:0} s), billing {(options.BillingGranularity > TimeSpan.Zero ? options.BillingGranularity.TotalMinutes.ToString("0", CultureInfo.InvariantCulture) + " min" : "per second")}");

    public async ValueTask StepAsync(SimulatedFleet fleet, double now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        if (_engine is null)
        {
            await StartAsync(now, cancellationToken).ConfigureAwait(false);
        }

        var engine = _engine!;
        _clock!.MoveTo(now);
        TakeChanges(fleet, now);
        var clock = _clock.Time.GetUtcNow();
        foreach (var agent in _agents.Values)
        {
            agent.Step(engine.Registry, fleet, now, clock, TimeSpan.FromSeconds(5));
        }

        ReportWaitingPlayers(engine, fleet.Players.Waiting, now);

        var due = now >= _nextTick;
        if (_trigger.Take(FleetName) || due)
        {
            var decision = await engine.TickAsync(FleetName, cancellationToken).ConfigureAwait(false);
            Count(decision, fleet);
            TakeChanges(fleet, now);
            if (due)
            {
                _nextTick = now + options.PolicyInterval.TotalSeconds;
            }
        }

        if (now >= _nextReconcile)
        {
            await engine.ReconcileAsync(cancellationToken).ConfigureAwait(false);
            _nextReconcile = now + _controllerOptions.ReconcileInterval.TotalSeconds;
            TakeChanges(fleet, now);
        }

        TakeRequests(fleet);
    }

    public async ValueTask DisposeAsync()
    {
        _engine?.Dispose();
        if (_cloud is not null)
        {
            await _cloud.DisposeAsync().ConfigureAwait(false);
        }

        if (_database is not null)
        {
            await _database.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task StartAsync(double now, CancellationToken cancellationToken)
    {
        _clock = new VirtualClock(now);
        var buildTime = world.Boot.BootTime - world.Boot.Jitter;
        _cloud = await EmulatedCloudSession.StartAsync(_clock.Time, buildTime, world.Seed, cancellationToken).ConfigureAwait(false);

        // A private in-memory SQLite database, kept alive by one open connection for the run.
        var connectionString = $"Data Source=simulator-{Guid.NewGuid():N};Mode=Memory;Cache=Shared";
        _database = new SqliteConnection(connectionString);
        await _database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var fleets = new Dictionary<string, FleetOptions>(StringComparer.Ordinal) { [FleetName] = options };
        _engine = FleetEngine.Create(fleets, _cloud.Provisioner, SqliteDatabase.CreateFactory(connectionString), _clock.Time, _controllerOptions);
        _engine.Registry.Trigger = _trigger;
        await _engine.StartAsync(cancellationToken).ConfigureAwait(false);
        _nextReconcile = now + _controllerOptions.ReconcileInterval.TotalSeconds;
    }

    // The matchmaker tells the controller how many players it could not seat, as a real one would through the admin API:
    // at once when the count changes, and every few seconds while it holds so the report does not expire.
    private void ReportWaitingPlayers(FleetEngine engine, int waiting, double now)
    {
        if (waiting == _reportedWaiting && now < _nextWaitingReport)
        {
            return;
        }

        engine.Registry.ReportWaitingPlayers(FleetName, "matchmaker", waiting);
        _reportedWaiting = waiting;
        _nextWaitingReport = now + WaitingReportInterval;
    }

    private void TakeChanges(SimulatedFleet fleet, double now)
    {
        var gateway = _engine!.Registry;
        var changes = new List<ServerStatusChangedEventArgs>();
        while (_cloud!.TryTakeChange(out var change))
        {
            changes.Add(change);
        }

        // The core sends a tick's creates concurrently, so the cloud sees them (and reports their changes) in any order;
        // taking simultaneous changes by server name keeps a run's random draws and server order the same for a seed.
        foreach (var change in changes.OrderBy(c => c.Time).ThenBy(c => c.Name, StringComparer.Ordinal))
        {
            if (change.NewStatus == "BUILD" && change.OldStatus.Length == 0)
            {
                var bootstrap = SimulatedAgent.ReadBootstrap(change.UserData, change.Personality, options.BootstrapFilePath)
                    ?? throw new InvalidOperationException($"Server {change.Name} was created without an agent bootstrap document.");
                var server = fleet.Adopt(change.Name, now, double.PositiveInfinity);
                _agents[change.ServerId] = new SimulatedAgent(server, bootstrap);
                continue;
            }

            if (!_agents.TryGetValue(change.ServerId, out var agent))
            {
                continue;
            }

            switch (change.NewStatus)
            {
                case "ACTIVE":
                    agent.HelloAt = now + (_gameStart.NextDouble() * 2 * world.Boot.Jitter.TotalSeconds);
                    break;
                case "REBOOT" or "HARD_REBOOT":
                    agent.Disconnect(gateway);
                    fleet.Reboot(agent.Server, now, null, countApiCall: false);
                    agent.Server.ReadyAt = double.PositiveInfinity;
                    break;
                case "DELETED":
                    agent.Disconnect(gateway);
                    fleet.Delete(agent.Server, now, null, countApiCall: false);
                    _agents.Remove(change.ServerId);
                    break;
                case "ERROR":
                    agent.Disconnect(gateway);
                    break;
                default:
                    break;
            }
        }
    }

    private void TakeRequests(SimulatedFleet fleet)
    {
        while (_cloud!.TryTakeRequest(out var request))
        {
            fleet.Counters.CountApiCall(request.Operation.Length > 0 ? request.Operation : $"{request.Method} {request.Path}");
        }
    }

    private static void Count(ScalingDecision decision, SimulatedFleet fleet)
    {
        var counters = fleet.Counters;
        if (decision.Create > 0)
        {
            counters.CountDecision($"create: {decision.CreateReason}", decision.Create);
        }

        Count(counters, "undrain", decision.Undrain);
        Count(counters, "drain", decision.Drain);
        Count(counters, "delete", decision.Delete);
        Count(counters, "reboot", decision.Reboot);
        Count(counters, "replace", decision.Replace);
        if (!decision.HasActions && decision.Reason != DecisionReason.Steady)
        {
            counters.CountDecision($"hold: {decision.Reason}");
        }
    }

    private static void Count(Scoring.RunCounters counters, string action, IReadOnlyList<ServerAction> actions)
    {
        foreach (var item in actions)
        {
            counters.CountDecision($"{action}: {item.Reason}");
        }
    }
}
