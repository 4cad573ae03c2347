using Autoscaler.Controller.Core;
using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Operations.Timeline;
using Autoscaler.Controller.Persistence;
using Autoscaler.Controller.Policy;
using Autoscaler.Controller.Registry;
using Google.Protobuf.WellKnownTypes;
using V1 = Autoscaler.Protocol.V1;

namespace Autoscaler.Controller.Operations.Admin;

/// <summary>Turns the core's records and views into fleet.proto messages.</summary>
internal static class AdminProjection
{
    public static V1.Fleet Fleet(FleetSummary summary, FleetOptions options, FleetCensus census)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(census);
        var fleet = new V1.Fleet
        {
            Name = summary.Name,
            Policy = Policy(options),
            Paused = summary.Paused,
            Servers = census.Servers,
            Players = census.Players,
            ReadyCapacity = census.ReadyCapacity,
            FreeSlots = census.FreeSlots,
            Buffer = Math.Max(options.MinFreeSlots, summary.LearntBuffer is { } learnt
                ? (int)Math.Ceiling(learnt - 1e-9)
                : (int)Math.Ceiling((options.FreeSlotsPercent / 100 * census.ReadyCapacity) - 1e-9)),
            WaitingPlayers = summary.WaitingPlayers,
        };
        if (summary.LearntBuffer is { } margin)
        {
            fleet.LearntBuffer = (int)Math.Min(Math.Ceiling(margin - 1e-9), int.MaxValue);
        }

        if (summary.ManualFloor is { } floor)
        {
            fleet.ManualFloor = floor;
        }

        fleet.ServersByState.AddRange(FleetCensus.LiveStates.Select(s => new V1.StateCount { State = State(s), Count = census.InState(s) }));
        return fleet;
    }

    public static V1.FleetPolicy Policy(FleetOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new V1.FleetPolicy
        {
            SlotsPerServer = options.SlotsPerServer,
            MinServers = options.MinServers,
            MaxServers = options.MaxServers,
            MinFreeSlots = options.MinFreeSlots,
            FreeSlotsPercent = options.FreeSlotsPercent,
            ScaleUpUtilisation = options.ScaleUpUtilisation,
            ScaleUpCooldown = Duration.FromTimeSpan(options.ScaleUpCooldown),
            ScaleDownCooldown = Duration.FromTimeSpan(options.ScaleDownCooldown),
            ScaleDownWindow = Duration.FromTimeSpan(options.ScaleDownWindow),
            AdaptiveBuffer = options.AdaptiveBuffer,
            AdaptiveBufferWindow = Duration.FromTimeSpan(options.AdaptiveBufferWindow),
            AdaptiveBufferQuantile = options.AdaptiveBufferQuantile,
            EmptyGracePeriod = Duration.FromTimeSpan(options.EmptyGracePeriod),
            MaxCreatesPerTick = options.MaxCreatesPerTick,
            MaxInFlight = options.MaxInFlight,
            PolicyInterval = Duration.FromTimeSpan(options.PolicyInterval),
            DryRun = options.DryRun,
            BillingGranularity = Duration.FromTimeSpan(options.BillingGranularity),
        };
    }

    public static V1.Server Server(string fleet, ServerView view, DateTimeOffset now)
    {
        var server = new V1.Server
        {
            Id = view.Id,
            Fleet = fleet,
            State = State(view.State),
            Players = view.Players,
            Capacity = view.Capacity,
            CreatedAt = Timestamp.FromDateTimeOffset(view.CreatedAt),
            StateSince = Timestamp.FromDateTimeOffset(view.StateSince),
            Uptime = Duration.FromTimeSpan(now > view.CreatedAt ? now - view.CreatedAt : TimeSpan.Zero),
            Draining = view.State == ServerState.Draining,
            RebootCount = view.RebootCount,
            CloudStatus = view.CloudStatus ?? "",
        };
        if (view.LastSeenAt is { } seen)
        {
            server.LastSeenAt = Timestamp.FromDateTimeOffset(seen);
        }

        if (view.EmptySince is { } empty)
        {
            server.EmptySince = Timestamp.FromDateTimeOffset(empty);
        }

        return server;
    }

    public static V1.Decision Decision(DecisionRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new V1.Decision
        {
            Id = record.Id,
            At = Timestamp.FromDateTimeOffset(record.At),
            Reason = record.Reason.ToString(),
            Create = record.Create,
            Undrain = record.Undrain,
            Drain = record.Drain,
            Delete = record.Delete,
            Reboot = record.Reboot,
            Replace = record.Replace,
            DryRun = record.DryRun,
            Detail = record.Detail,
        };
    }

    public static V1.Operation Operation(OperationRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return new V1.Operation
        {
            Id = record.Id,
            ServerId = record.ServerId,
            Kind = record.Kind.ToString(),
            Status = record.Status.ToString(),
            StartedAt = Timestamp.FromDateTimeOffset(record.StartedAt),
            Detail = record.Detail,
        };
    }

    public static V1.LoadSample Sample(FleetCensus census)
    {
        ArgumentNullException.ThrowIfNull(census);
        var sample = new V1.LoadSample
        {
            At = Timestamp.FromDateTimeOffset(census.At),
            Players = census.Players,
            FreeSlots = census.FreeSlots,
            Servers = census.Servers,
        };
        sample.ServersByState.AddRange(FleetCensus.LiveStates.Where(s => census.InState(s) > 0)
            .Select(s => new V1.StateCount { State = State(s), Count = census.InState(s) }));
        return sample;
    }

    /// <summary>A minute sample from the database, which knows ready servers and the total only.</summary>
    public static V1.LoadSample Sample(LoadSampleRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var sample = new V1.LoadSample
        {
            At = Timestamp.FromDateTimeOffset(record.At),
            Players = record.Players,
            FreeSlots = Math.Max(0, record.Capacity - record.Players),
            Servers = record.Servers,
        };
        if (record.ReadyServers > 0)
        {
            sample.ServersByState.Add(new V1.StateCount { State = V1.ServerLifecycle.Ready, Count = record.ReadyServers });
        }

        return sample;
    }

    public static V1.ServerLifecycle State(ServerState state) => state switch
    {
        ServerState.Requested => V1.ServerLifecycle.Requested,
        ServerState.Building => V1.ServerLifecycle.Building,
        ServerState.Booting => V1.ServerLifecycle.Booting,
        ServerState.Ready => V1.ServerLifecycle.Ready,
        ServerState.Draining => V1.ServerLifecycle.Draining,
        ServerState.Lost => V1.ServerLifecycle.Lost,
        ServerState.Rebooting => V1.ServerLifecycle.Rebooting,
        ServerState.Deleting => V1.ServerLifecycle.Deleting,
        ServerState.Deleted => V1.ServerLifecycle.Deleted,
        _ => V1.ServerLifecycle.Unspecified,
    };
}
