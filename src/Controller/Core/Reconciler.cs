using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Persistence;
using Autoscaler.Controller.Policy;
using Autoscaler.Controller.Registry;
using Autoscaler.RackspaceApi.Provisioning;

namespace Autoscaler.Controller.Core;

/// <summary>Compares the cloud's list with the records: adopts lost creates, gives up creates that never landed, notices
/// servers deleted behind our back, retries failed deletes and deletes orphans named like ours.</summary>
internal sealed class Reconciler(
    FleetCatalog catalog,
    FleetRegistry registry,
    OperationLog operations,
    IServerProvisioner provisioner,
    TimeProvider time,
    ControllerOptions options,
    ILogger logger)
{
    /// <summary>Lists the account's servers, noting when the list was asked for.</summary>
    public async Task<CloudList> ListAsync(CancellationToken cancellationToken)
    {
        var askedAt = time.GetUtcNow();
        var servers = await provisioner.ListServersAsync(cancellationToken).ConfigureAwait(false);
        return new CloudList(askedAt, servers);
    }

    public async Task ReconcileFleetAsync(string fleetName, CloudList cloud, DecisionExecutor executor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cloud);
        var fleetOptions = catalog.Get(fleetName);
        var prefix = $"{fleetOptions.NamePrefix}-{fleetName}-";
        var byName = new Dictionary<string, ProvisionedServer>(StringComparer.Ordinal);
        var byId = new Dictionary<string, ProvisionedServer>(StringComparer.Ordinal);
        foreach (var server in cloud.Servers)
        {
            if (string.Equals(server.Status, "DELETED", StringComparison.Ordinal))
            {
                continue;
            }

            byId[server.Id] = server;
            if (server.Name.StartsWith(prefix, StringComparison.Ordinal))
            {
                byName.TryAdd(server.Name, server);
            }
        }

        var outcomes = new List<OperationOutcome>();
        var retryDeletes = new List<ServerAction>();
        var fleet = registry.Fleet(fleetName);
        var slots = fleet.Servers.Values.ToList();
        var known = slots.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var slot in slots)
        {
            ReconcileServer(slot, prefix, cloud.AskedAt, byName, byId, outcomes, retryDeletes);
        }

        await operations.CompleteAsync(outcomes, cancellationToken).ConfigureAwait(false);
        foreach (var action in retryDeletes)
        {
            await executor.DeleteAsync(action, cancellationToken).ConfigureAwait(false);
        }

        foreach (var (name, server) in byName)
        {
            // Known at the start of this pass (even if deleted during it) is not an orphan; neither is one created since.
            if (!known.Contains(name) && !registry.TryGetServer(name, out _))
            {
                EngineLog.Orphan(logger, name, server.Id, fleetName);
                await executor.DeleteOrphanAsync(fleetName, name, server.Id, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private void ReconcileServer(ServerSlot slot, string prefix, DateTimeOffset listedAt, Dictionary<string, ProvisionedServer> byName,
        Dictionary<string, ProvisionedServer> byId, List<OperationOutcome> outcomes, List<ServerAction> retryDeletes)
    {
        var now = time.GetUtcNow();
        ServerState state;
        string? cloudId;
        DateTimeOffset stateSince;
        lock (slot.Gate)
        {
            state = slot.State;
            cloudId = slot.CloudId;
            stateSince = slot.StateSince;
        }

        var listed = cloudId is not null && byId.TryGetValue(cloudId, out var byCloudId) ? byCloudId
            : byName.TryGetValue(slot.Id, out var byOurName) ? byOurName
            : null;
        var createOperationId = slot.Id.StartsWith(prefix, StringComparison.Ordinal) ? slot.Id[prefix.Length..] : slot.Id;

        if (listed is null)
        {
            // Too young to judge: it may have been created after the list was taken, or its create answered since
            // (a policy tick runs beside this pass: a server it just created is not one deleted behind our back).
            if (slot.CreatedAt > listedAt - (state == ServerState.Requested ? options.CreateRequestTimeout : TimeSpan.Zero)
                || stateSince > listedAt)
            {
                return;
            }

            lock (slot.Gate)
            {
                slot.MoveTo(ServerState.Deleted, now);
            }

            registry.Remove(slot);
            if (cloudId is null)
            {
                EngineLog.GivenUp(logger, slot.Id, slot.Fleet);
                outcomes.Add(new OperationOutcome(createOperationId, OperationStatus.Failed, "never listed by the cloud; given up", now, slot));
            }
            else if (state != ServerState.Deleting)
            {
                EngineLog.Vanished(logger, slot.Id, slot.Fleet);
                outcomes.Add(new OperationOutcome(createOperationId, OperationStatus.Succeeded, "deleted outside the controller", now, slot));
            }
            else
            {
                outcomes.Add(new OperationOutcome(createOperationId, OperationStatus.Succeeded, "delete confirmed by reconcile", now, slot));
            }

            return;
        }

        var adopted = false;
        lock (slot.Gate)
        {
            if (slot.CloudId is null)
            {
                // The create's response was lost (crash, timeout): the deterministic name finds the server again.
                slot.CloudId = listed.Id;
                slot.CreateUncertain = false;
                slot.Dirty = true;
                adopted = true;
                EngineLog.Adopted(logger, slot.Id, slot.Fleet, listed.Id);
            }

            if (!string.Equals(slot.CloudStatus, listed.Status, StringComparison.Ordinal))
            {
                slot.CloudStatus = listed.Status;
                slot.Dirty = true;
                EngineLog.CloudStatusChanged(logger, slot.Id, slot.Fleet, listed.Status);
            }

            var active = string.Equals(listed.Status, "ACTIVE", StringComparison.Ordinal);
            if (slot.State == ServerState.Requested || (slot.State == ServerState.Building && active))
            {
                slot.MoveTo(active ? ServerState.Booting : ServerState.Building, now);
            }
        }

        if (state == ServerState.Deleting)
        {
            retryDeletes.Add(new ServerAction(slot.Id, DecisionReason.Reconcile));
        }
        else if (adopted)
        {
            outcomes.Add(new OperationOutcome(createOperationId, OperationStatus.Succeeded, $"adopted by reconcile, cloud id {listed.Id}", now, slot));
        }
    }
}

/// <summary>The cloud's server list and when it was asked for.</summary>
internal sealed record CloudList(DateTimeOffset AskedAt, IReadOnlyList<ProvisionedServer> Servers);
