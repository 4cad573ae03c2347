using System.Globalization;
using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Registry;

namespace Autoscaler.Controller.Policy;

/// <summary>The capacity policy: a pure function from a fleet snapshot, its options and a time to a decision.</summary>
/// <remarks>
/// No I/O and no clock: everything it needs is in the snapshot, everything it wants done is in the decision. Rules, in
/// order: health (reboot, replace); scale up to max(minimum, manual floor) and to the capacity the buffer, the
/// utilisation threshold and the lead time ask for (the buffer learnt from the fleet's forecast errors where it learns one), undraining before creating; otherwise scale down patiently by
/// deleting drained empty servers and draining empty or least-loaded ones, never below the minimum, never a server with
/// players deleted, billing-aware.
/// </remarks>
internal static class CapacityPolicy
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

        var tally = FleetTally.Count(snapshot, options, now);
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
            var undrainable = UndrainCandidates(tally);
            while (undrainable.TryDequeue(out var position, out _))
            {
                if (required <= tally.ServingCapacity && shortOfMin <= 0)
                {
                    break;
                }

                var server = tally.Servers[position];
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
            foreach (var position in tally.Draining)
            {
                var server = tally.Servers[position];
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
            $"join rate {snapshot.JoinRatePerSecond:0.###}/s, waiting {snapshot.WaitingPlayers}, " +
            $"buffer {(options.AdaptiveBuffer && snapshot.DemandMargin is { } margin ? $"learnt {margin:0}" : "configured")}");
        return new ScalingDecision(snapshot.Fleet, now, create, create > 0 ? createReason : holdReason, undrain, drain, delete,
            tally.Reboot, tally.Replace, reason, detail, options.DryRun)
        {
            HeadroomPlayers = Headroom(tally.ServingCapacity + (create * options.SlotsPerServer), required, demand, options),
            RequiredCapacity = required,
        };
    }

    private static (int Create, DecisionReason Hold) Limit(int wanted, bool forMinimum, FleetTally tally, FleetSnapshot snapshot, FleetOptions options, DateTimeOffset now)
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

    private static DecisionReason ScaleDown(FleetTally tally, DemandModel demand, int effectiveMin, FleetSnapshot snapshot, FleetOptions options, DateTimeOffset now, List<ServerAction> drain)
    {
        var excess = tally.LiveCount - tally.Draining.Count - options.MaxServers;
        if (excess > 0)
        {
            // The least loaded first, by id (no empty-since here: every ready server is a candidate at once).
            var leastLoaded = new PriorityQueue<int, DrainOrder>(tally.Serving.Count);
            foreach (var position in tally.Serving)
            {
                var server = tally.Servers[position];
                leastLoaded.Enqueue(position, new DrainOrder(server.Players, null, server.Id));
            }

            while (drain.Count < excess && leastLoaded.TryDequeue(out var position, out _))
            {
                drain.Add(new ServerAction(tally.Servers[position].Id, DecisionReason.AboveMaximum));
            }

            return DecisionReason.AboveMaximum;
        }

        // Players on draining servers count as demand: when their match ends they come back through the matchmaker, so
        // draining never frees capacity that seated players will want again (no consolidation cascade).
        // Shrink only to what every decision of the scale-down window would allow (the stabilisation window).
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
        var anyCandidate = false;

        // Empty servers first (longest empty first), then the least loaded (DrainOrder). Only the first few candidates
        // are ever taken (MaxDrainsPerTick), so they go into a heap and come out in order only as far as the walk below
        // goes, instead of all being sorted. While cooling down nothing is taken, so nothing is queued.
        var candidates = coolingDown ? null : new PriorityQueue<(int Position, DecisionReason Reason), DrainOrder>(tally.Serving.Count);
        foreach (var position in tally.Serving)
        {
            var server = tally.Servers[position];
            if (server.Capacity > surplus)
            {
                continue;
            }

            if (server.Players > 0)
            {
                anyCandidate = true;
                candidates?.Enqueue((position, DecisionReason.Consolidation), new DrainOrder(server));
            }
            else if (server.EmptySince is { } since && now - since >= options.EmptyGracePeriod)
            {
                if (Billing.NearBoundary(server.CreatedAt, options, now))
                {
                    anyCandidate = true;
                    candidates?.Enqueue((position, options.BillingGranularity > TimeSpan.Zero ? DecisionReason.BillingBoundary : DecisionReason.EmptyPastGrace),
                        new DrainOrder(server));
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

        if (!anyCandidate)
        {
            return DecisionReason.Steady;
        }

        if (candidates is null)
        {
            return DecisionReason.ScaleDownCooldown;
        }

        // Consolidation waits while an empty server is still inside its grace period or paid until its billing
        // boundary, because that one will go first.
        var active = tally.ActiveCount;
        var capacity = tally.ServingCapacity;
        while (candidates.TryDequeue(out var candidate, out _))
        {
            var (position, reason) = candidate;
            var server = tally.Servers[position];
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

    private static PriorityQueue<int, UndrainOrder> UndrainCandidates(FleetTally tally)
    {
        var queue = new PriorityQueue<int, UndrainOrder>(tally.Draining.Count);
        foreach (var position in tally.Draining)
        {
            var server = tally.Servers[position];
            if (!server.OperatorDrained)
            {
                queue.Enqueue(position, new UndrainOrder(server));
            }
        }

        return queue;
    }

    private static DecisionReason Headline(FleetTally tally, int create, DecisionReason createReason, List<ServerAction> undrain,
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

    private static int Headroom(int capacityAfter, int required, DemandModel demand, FleetOptions options)
    {
        // Still short (held by a limit): ask again only after a server's worth of joins, not on every report.
        if (capacityAfter < required)
        {
            return options.SlotsPerServer;
        }

        var share = Math.Min(demand.FillableShare, options.ScaleUpUtilisation);
        return (int)Math.Floor((capacityAfter - required) * share);
    }

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static int CeilDiv(int value, int divisor) => value <= 0 ? 0 : (value + divisor - 1) / divisor;
}
