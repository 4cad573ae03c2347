using Autoscaler.Controller.Core;
using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Operations.Timeline;
using Autoscaler.Controller.Persistence;
using Autoscaler.Controller.Registry;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using V1 = Autoscaler.Protocol.V1;

namespace Autoscaler.Controller.Operations.Admin;

/// <summary>fleet.proto's FleetAdmin service: reads through the core's registry and database, acts through FleetAdministration.</summary>
internal sealed class FleetAdminService(
    FleetAdministration administration,
    FleetRegistry registry,
    FleetCatalog catalog,
    FleetTimeline timeline,
    IDbContextFactory<AutoscalerDbContext> contexts,
    TimeProvider time,
    ILogger<FleetAdminService> logger) : V1.FleetAdmin.FleetAdminBase
{
    public override Task<V1.ListFleetsResponse> ListFleets(V1.ListFleetsRequest request, ServerCallContext context)
    {
        var response = new V1.ListFleetsResponse();
        foreach (var name in catalog.Names.Where(n => registry.Fleets.Any(f => f.Name == n)).Order(StringComparer.Ordinal))
        {
            response.Fleets.Add(Describe(name, catalog.Get(name)));
        }

        return Task.FromResult(response);
    }

    public override Task<V1.Fleet> GetFleet(V1.GetFleetRequest request, ServerCallContext context)
    {
        var options = Fleet(request.Fleet, out var name);
        return Task.FromResult(Describe(name, options));
    }

    public override Task<V1.ListServersResponse> ListServers(V1.ListServersRequest request, ServerCallContext context)
    {
        Fleet(request.Fleet, out var name);
        var now = time.GetUtcNow();
        var response = new V1.ListServersResponse();
        response.Servers.AddRange(administration.ListServers(name).Select(s => AdminProjection.Server(name, s, now)));
        return Task.FromResult(response);
    }

    public override async Task<V1.ListDecisionsResponse> ListDecisions(V1.ListDecisionsRequest request, ServerCallContext context)
    {
        Fleet(request.Fleet, out var name);
        var limit = AdminRequests.Limit("limit", request.Limit, AdminRequests.DefaultDecisionLimit, AdminRequests.MaxDecisionLimit);
        var decisions = await administration.RecentDecisionsAsync(name, limit, context.CancellationToken).ConfigureAwait(false);
        var response = new V1.ListDecisionsResponse();
        response.Decisions.AddRange(decisions.Select(AdminProjection.Decision));
        return response;
    }

    public override async Task<V1.ListOperationsResponse> ListOperations(V1.ListOperationsRequest request, ServerCallContext context)
    {
        Fleet(request.Fleet, out var name);
        var db = await contexts.CreateDbContextAsync(context.CancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var open = await db.Operations.AsNoTracking()
                .Where(o => o.Fleet == name && (o.Status == OperationStatus.Pending || o.Status == OperationStatus.Uncertain))
                .OrderBy(o => o.StartedAt).Take(AdminRequests.MaxDecisionLimit)
                .ToListAsync(context.CancellationToken).ConfigureAwait(false);
            var response = new V1.ListOperationsResponse();
            response.Operations.AddRange(open.Select(AdminProjection.Operation));
            return response;
        }
    }

    public override async Task<V1.GetLoadHistoryResponse> GetLoadHistory(V1.GetLoadHistoryRequest request, ServerCallContext context)
    {
        Fleet(request.Fleet, out var name);
        var minutes = AdminRequests.Limit("minutes", request.Minutes, AdminRequests.DefaultHistoryMinutes, AdminRequests.MaxHistoryMinutes);
        var since = time.GetUtcNow() - TimeSpan.FromMinutes(minutes);
        var recent = timeline.Since(name, since);

        // Minute samples from the database cover what the in-memory timeline no longer (or not yet) holds; a minute
        // sample stands for its whole minute, so only minutes that ended before the first fine sample are used.
        var finer = recent.Count > 0 ? recent[0].At : DateTimeOffset.MaxValue;
        var older = await administration.LoadHistoryAsync(name, since, context.CancellationToken).ConfigureAwait(false);
        var response = new V1.GetLoadHistoryResponse();
        response.Samples.AddRange(older.Where(s => s.At + TimeSpan.FromMinutes(1) <= finer).Select(AdminProjection.Sample));
        response.Samples.AddRange(recent.Select(AdminProjection.Sample));
        return response;
    }

    public override async Task<V1.Fleet> SetManualFloor(V1.SetManualFloorRequest request, ServerCallContext context)
    {
        var options = Fleet(request.Fleet, out var name);
        int? floor = request.HasFloor ? request.Floor : null;
        if (floor is { } value && (value < 0 || value > options.MaxServers))
        {
            throw AdminErrors.InvalidArgument("floor", $"must be from 0 to the fleet's max_servers ({options.MaxServers}), or absent to clear it.");
        }

        await administration.SetManualFloorAsync(name, floor, context.CancellationToken).ConfigureAwait(false);
        OperationsLog.ManualFloorSet(logger, name, floor?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none");
        return Describe(name, options);
    }

    public override async Task<V1.Fleet> PauseFleet(V1.PauseFleetRequest request, ServerCallContext context)
    {
        var options = Fleet(request.Fleet, out var name);
        await administration.PauseAsync(name, context.CancellationToken).ConfigureAwait(false);
        OperationsLog.Paused(logger, name);
        return Describe(name, options);
    }

    public override async Task<V1.Fleet> ResumeFleet(V1.ResumeFleetRequest request, ServerCallContext context)
    {
        var options = Fleet(request.Fleet, out var name);
        await administration.ResumeAsync(name, context.CancellationToken).ConfigureAwait(false);
        OperationsLog.Resumed(logger, name);
        return Describe(name, options);
    }

    public override Task<V1.ReportWaitingPlayersResponse> ReportWaitingPlayers(V1.ReportWaitingPlayersRequest request, ServerCallContext context)
    {
        Fleet(request.Fleet, out var name);
        var source = request.Source.Length == 0 ? AdminRequests.DefaultWaitingSource : AdminRequests.Name("source", request.Source);
        if (request.WaitingPlayers is < 0 or > AdminRequests.MaxWaitingPlayers)
        {
            throw AdminErrors.InvalidArgument("waiting_players", $"must be from 0 to {AdminRequests.MaxWaitingPlayers} (was {request.WaitingPlayers}).");
        }

        if (!administration.ReportWaitingPlayers(name, source, request.WaitingPlayers))
        {
            throw AdminErrors.ResourceExhausted("source", $"fleet '{name}' already tracks {WaitingPlayers.MaxSources} reporting sources; reuse a source name.");
        }

        return Task.FromResult(new V1.ReportWaitingPlayersResponse { Fleet = name, WaitingPlayers = administration.WaitingPlayers(name) });
    }

    public override async Task<V1.Server> DrainServer(V1.DrainServerRequest request, ServerCallContext context)
    {
        Fleet(request.Fleet, out var name);
        var serverId = AdminRequests.Name("server_id", request.ServerId);
        if (!registry.Fleet(name).Servers.TryGetValue(serverId, out var slot))
        {
            throw AdminErrors.NotFound("server", serverId);
        }

        var state = slot.View().State;
        if (state != ServerState.Ready)
        {
            throw AdminErrors.FailedPrecondition("server_id", $"server '{serverId}' is {state}; only a Ready server can be drained.");
        }

        if (!await administration.DrainServerAsync(name, serverId, context.CancellationToken).ConfigureAwait(false))
        {
            throw AdminErrors.FailedPrecondition("server_id", $"server '{serverId}' is no longer Ready.");
        }

        OperationsLog.Drained(logger, name, serverId);
        return AdminProjection.Server(name, slot.View(), time.GetUtcNow());
    }

    private FleetOptions Fleet(string fleet, out string name)
    {
        var options = AdminRequests.Fleet(catalog, fleet, out name);

        // A fleet added by a live edit has options but no runtime until the controller restarts.
        return registry.Fleets.Any(f => f.Name == fleet) ? options : throw AdminErrors.NotFound("fleet", fleet);
    }

    private V1.Fleet Describe(string name, FleetOptions options) =>
        AdminProjection.Fleet(administration.GetFleet(name), options, FleetCensus.Count(registry, name, time.GetUtcNow()));
}
