using System.Globalization;
using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Policy;
using Autoscaler.Controller.Registry;

namespace Autoscaler.Controller.Tests.Policy;

/// <summary>
/// The capacity policy as it was before the 10k-server optimisation (commit daf6d3a, issue 7), kept verbatim as an oracle:
/// <see cref="CapacityPolicyEquivalenceTests"/> proves that the optimised <see cref="CapacityPolicy"/> takes exactly the
/// decisions this one takes. Test code only; never call it from the controller.
/// </summary>
/// <remarks>
/// Only the names changed (FleetTally is the nested <c>Tally</c>), and rule changes made on main since are carried
/// over (the waiting players in the detail line, 419034e; the scale-down window's RecentPeakRequired, 7d67d78; the
/// decision's RequiredCapacity, a77d555). It shares <see cref="DemandModel"/>,
/// <see cref="ServerHealth"/> and <see cref="Billing"/> with the controller, so a change to those rules applies to both.
/// A deliberate change to the scale-up or scale-down rules in <see cref="CapacityPolicy"/> must be made here too (or
/// this oracle retired), otherwise the equivalence test rightly fails.
/// </remarks>
internal static class ReferenceCapacityPolicy
{
    private static readonly ServerAction[] None = [];

    public static ScalingDecision Decide(FleetSnapshot snapshot, FleetOptions options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(options);
        if (snapshot.Paused)
        {
            return new ScalingDecision(snapshot.Fleet, now, 0, DecisionReason.Paused, None, None, None, None, None,
                DecisionReason.Paused, "scaling paused by an operator", options.DryRun);
        }

        var tally = Tally.Count(snapshot, options, now);
        var demand = new DemandModel(options, snapshot);
        var undrain = new List<ServerAction>();
        var drain = new List<ServerAction>();
        var delete = new List<ServerAction>();
        var create = 0;
        var createReason = DecisionReason.Steady;
        var holdReason = DecisionReason.Steady;

        var effectiveMin = Math.Min(Math.Max(options.MinServers, snapshot.ManualFloor ?? 0), options.MaxServers);
        var minReason = snapshot.ManualFloor > options.MinServers ? DecisionReason.ManualFloor : DecisionReason.BelowMinimum;
        var required = demand.RequiredCapacity(tally.DemandPlayers, tally.ServingCapacity, out var capacityReason);
        var shortOfMin = effectiveMin - tally.ActiveCount;

        if (required > tally.ServingCapacity || shortOfMin > 0)
        {
            createReason = shortOfMin > 0 ? minReason : capacityReason;

            // Demand returned: take draining servers back (fullest first) before asking the cloud for anything.
            foreach (var server in tally.Draining.Where(s => !s.OperatorDrained).OrderByDescending(s => s.Players).ThenBy(s => s.Id, StringComparer.Ordinal))
            {
                if (required <= tally.ServingCapacity && shortOfMin <= 0)
                {
                    break;
                }

                undrain.Add(new ServerAction(server.Id, createReason));
                tally.ServingPlayers += server.Players;
                tally.DrainingPlayers -= server.Players;
                tally.ServingCapacity += server.Capacity;
                tally.ActiveCount++;
                shortOfMin--;
                required = demand.RequiredCapacity(tally.DemandPlayers, tally.ServingCapacity, out _);
            }

            var wanted = Math.Max(CeilDiv(required - tally.ServingCapacity, options.SlotsPerServer), shortOfMin);
            (create, holdReason) = Limit(wanted, shortOfMin > 0, tally, snapshot, options, now);
        }
        else
        {
            foreach (var server in tally.Draining)
            {
                if (server.Players == 0 && server.EmptySince is { } emptySince
                    && now - emptySince >= options.DrainSettle && now - server.StateSince >= options.DrainSettle
                    && Billing.NearBoundary(server.CreatedAt, options, now))
                {
                    delete.Add(new ServerAction(server.Id, options.BillingGranularity > TimeSpan.Zero ? DecisionReason.BillingBoundary : DecisionReason.Drained));
                }
            }

            holdReason = ScaleDown(tally, demand, effectiveMin, snapshot, options, now, drain);
        }

        var reason = Headline(tally, create, createReason, undrain, drain, delete, holdReason);
        var detail = string.Create(CultureInfo.InvariantCulture,
            $"players {tally.ServingPlayers} (+{tally.DrainingPlayers} draining), serving capacity {tally.ServingCapacity} (on the way {tally.OnTheWayCapacity}), required {required}, " +
            $"servers {tally.LiveCount}/{options.MaxServers} (min {effectiveMin}), in flight {tally.InFlight}/{options.MaxInFlight}, " +
            $"join rate {snapshot.JoinRatePerSecond:0.###}/s, waiting {snapshot.WaitingPlayers}");
        return new ScalingDecision(snapshot.Fleet, now, create, create > 0 ? createReason : holdReason, undrain, drain, delete,
            tally.Reboot, tally.Replace, reason, detail, options.DryRun)
        {
            HeadroomPlayers = Headroom(tally.ServingCapacity + (create * options.SlotsPerServer), required, options),
            RequiredCapacity = required,
        };
    }

    private static (int Create, DecisionReason Hold) Limit(int wanted, bool forMinimum, Tally tally, FleetSnapshot snapshot, FleetOptions options, DateTimeOffset now)
    {
        if (wanted <= 0)
        {
            return (0, DecisionReason.Steady);
        }

        if (snapshot.CreateBackoffUntil is { } backoff && now < backoff)
        {
            return (0, DecisionReason.CreateBackoff);
        }

        if (!forMinimum && snapshot.LastScaleUpAt is { } lastUp && now - lastUp < options.ScaleUpCooldown)
        {
            return (0, DecisionReason.ScaleUpCooldown);
        }

        var room = options.MaxServers - tally.LiveCount;
        var flight = options.MaxInFlight - tally.InFlight;
        var create = Math.Min(Math.Min(wanted, options.MaxCreatesPerTick), Math.Min(room, flight));
        if (create > 0)
        {
            return (create, DecisionReason.Steady);
        }

        return (0, room <= 0 ? DecisionReason.AtMaximum : DecisionReason.MaxInFlight);
    }

    private static DecisionReason ScaleDown(Tally tally, DemandModel demand, int effectiveMin, FleetSnapshot snapshot, FleetOptions options, DateTimeOffset now, List<ServerAction> drain)
    {
        var excess = tally.LiveCount - tally.Draining.Count - options.MaxServers;
        if (excess > 0)
        {
            foreach (var server in tally.Serving.OrderBy(s => s.Players).ThenBy(s => s.Id, StringComparer.Ordinal).Take(excess))
            {
                drain.Add(new ServerAction(server.Id, DecisionReason.AboveMaximum));
            }

            return DecisionReason.AboveMaximum;
        }

        // Players on draining servers count as demand: when their match ends they come back through the matchmaker, so
        // draining never frees capacity that seated players will want again (no consolidation cascade).
        var required = Math.Max(demand.RequiredCapacity(tally.DemandPlayers, tally.ServingCapacity, out _), snapshot.RecentPeakRequired);
        var surplus = tally.ServingCapacity - required;
        if (surplus <= 0 || tally.ActiveCount <= effectiveMin || options.MaxDrainsPerTick == 0)
        {
            return DecisionReason.Steady;
        }

        // Patient down: no shrinking soon after any change. Without this pacing the fleet hugs its requirement and
        // every small rise creates a server that the next dip drains again (measured: 3.7x the creates on a diurnal day).
        var lastChange = Latest(snapshot.LastScaleUpAt, snapshot.LastScaleDownAt);
        var coolingDown = lastChange is { } last && now - last < options.ScaleDownCooldown;
        var emptyWaiting = false;
        var candidates = new List<(ServerView Server, DecisionReason Reason)>();
        foreach (var server in tally.Serving)
        {
            if (server.Capacity > surplus)
            {
                continue;
            }

            if (server.Players > 0)
            {
                candidates.Add((server, DecisionReason.Consolidation));
            }
            else if (server.EmptySince is { } since && now - since >= options.EmptyGracePeriod)
            {
                if (Billing.NearBoundary(server.CreatedAt, options, now))
                {
                    candidates.Add((server, options.BillingGranularity > TimeSpan.Zero ? DecisionReason.BillingBoundary : DecisionReason.EmptyPastGrace));
                }
                else
                {
                    // Paid until its boundary: free buffer now, the first to go at its boundary.
                    emptyWaiting = true;
                }
            }
            else
            {
                emptyWaiting = true;
            }
        }

        if (candidates.Count == 0)
        {
            return DecisionReason.Steady;
        }

        if (coolingDown)
        {
            return DecisionReason.ScaleDownCooldown;
        }

        // Empty servers first (longest empty first), then the least loaded; consolidation waits while an empty server
        // is still inside its grace period or paid until its billing boundary, because that one will go first.
        candidates.Sort(static (a, b) =>
        {
            var byPlayers = a.Server.Players.CompareTo(b.Server.Players);
            if (byPlayers != 0)
            {
                return byPlayers;
            }

            var byEmpty = Nullable.Compare(a.Server.EmptySince, b.Server.EmptySince);
            return byEmpty != 0 ? byEmpty : string.CompareOrdinal(a.Server.Id, b.Server.Id);
        });

        var active = tally.ActiveCount;
        var capacity = tally.ServingCapacity;
        foreach (var (server, reason) in candidates)
        {
            if (drain.Count >= options.MaxDrainsPerTick || active - 1 < effectiveMin)
            {
                break;
            }

            if (reason == DecisionReason.Consolidation && emptyWaiting)
            {
                break;
            }

            // Conservative: the drained server's players will want a slot elsewhere when their match ends.
            if (capacity - server.Capacity < required)
            {
                continue;
            }

            drain.Add(new ServerAction(server.Id, reason));
            capacity -= server.Capacity;
            active--;
        }

        return DecisionReason.Steady;
    }

    private static DecisionReason Headline(Tally tally, int create, DecisionReason createReason, List<ServerAction> undrain,
        List<ServerAction> drain, List<ServerAction> delete, DecisionReason holdReason)
    {
        if (create > 0 || undrain.Count > 0)
        {
            return createReason;
        }

        if (tally.Replace.Count > 0)
        {
            return tally.Replace[0].Reason;
        }

        if (tally.Reboot.Count > 0)
        {
            return tally.Reboot[0].Reason;
        }

        if (drain.Count > 0)
        {
            return drain[0].Reason;
        }

        return delete.Count > 0 ? delete[0].Reason : holdReason;
    }

    private static int Headroom(int capacityAfter, int required, FleetOptions options)
    {
        // Still short (held by a limit): ask again only after a server's worth of joins, not on every report.
        if (capacityAfter < required)
        {
            return options.SlotsPerServer;
        }

        var share = Math.Min(1 - (options.FreeSlotsPercent / 100), options.ScaleUpUtilisation);
        return (int)Math.Floor((capacityAfter - required) * share);
    }

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static int CeilDiv(int value, int divisor) => value <= 0 ? 0 : (value + divisor - 1) / divisor;

    private sealed class Tally
    {
        /// <summary>Healthy ready servers taking players.</summary>
        public List<ServerView> Serving { get; } = [];

        /// <summary>Healthy draining servers (candidates for undrain or deletion).</summary>
        public List<ServerView> Draining { get; } = [];

        public List<ServerAction> Reboot { get; } = [];

        public List<ServerAction> Replace { get; } = [];

        /// <summary>Players on serving servers.</summary>
        public int ServingPlayers { get; set; }

        /// <summary>Players still on healthy draining servers; they want a serving slot again when their match ends.</summary>
        public int DrainingPlayers { get; set; }

        /// <summary>Players the serving capacity must cover: those seated on serving and on draining servers.</summary>
        public int DemandPlayers => ServingPlayers + DrainingPlayers;

        /// <summary>Slots of serving servers plus those on the way.</summary>
        public int ServingCapacity { get; set; }

        /// <summary>Slots of servers requested, building or booting.</summary>
        public int OnTheWayCapacity { get; private set; }

        /// <summary>Servers requested, building or booting (creates in flight).</summary>
        public int InFlight { get; private set; }

        /// <summary>Servers that count toward the minimum: serving, on the way, or being rebooted.</summary>
        public int ActiveCount { get; set; }

        /// <summary>Servers that exist or may exist, except those being deleted or replaced (what the maximum bounds).</summary>
        public int LiveCount { get; private set; }

        public static Tally Count(FleetSnapshot snapshot, FleetOptions options, DateTimeOffset now)
        {
            var tally = new Tally();
            foreach (var server in snapshot.Servers)
            {
                if (server.State is ServerState.Deleting or ServerState.Deleted)
                {
                    continue;
                }

                var (verdict, reason) = ServerHealth.Judge(server, options, now);
                if (verdict == HealthVerdict.Replace)
                {
                    tally.Replace.Add(new ServerAction(server.Id, reason));
                    continue;
                }

                tally.LiveCount++;
                if (verdict == HealthVerdict.Reboot)
                {
                    tally.Reboot.Add(new ServerAction(server.Id, reason));
                    if (server.State != ServerState.Draining)
                    {
                        tally.ActiveCount++;
                    }

                    continue;
                }

                switch (server.State)
                {
                    case ServerState.Requested or ServerState.Building or ServerState.Booting:
                        tally.InFlight++;
                        if (!server.CreateUncertain)
                        {
                            var slots = server.State == ServerState.Requested ? options.SlotsPerServer : server.Capacity;
                            tally.OnTheWayCapacity += slots;
                            tally.ServingCapacity += slots;
                            tally.ActiveCount++;
                        }

                        break;
                    case ServerState.Ready:
                        tally.Serving.Add(server);
                        tally.ServingPlayers += server.Players;
                        tally.ServingCapacity += server.Capacity;
                        tally.ActiveCount++;
                        break;
                    case ServerState.Draining:
                        tally.Draining.Add(server);
                        tally.DrainingPlayers += server.Players;
                        break;
                    case ServerState.Rebooting:
                        tally.ActiveCount++;
                        break;
                }
            }

            return tally;
        }
    }
}
