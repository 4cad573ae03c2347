using Autoscaler.Controller.Fleets;
using Autoscaler.Controller.Persistence;
using Autoscaler.Controller.Policy;
using Autoscaler.Controller.Provisioning;
using Autoscaler.Controller.Registry;
using Autoscaler.RackspaceApi.Provisioning;

namespace Autoscaler.Controller.Core;

/// <summary>Carries out a decision: agent commands at once, cloud calls through the operation log.</summary>
internal sealed class DecisionExecutor(
    FleetRegistry registry,
    IServerProvisioner provisioner,
    OperationLog operations,
    TimeProvider time,
    string agentEndpoint,
    ILogger logger)
{
    public async Task ExecuteAsync(ScalingDecision decision, FleetOptions options, CancellationToken cancellationToken)
    {
        var fleet = registry.Fleet(decision.Fleet);
        var now = time.GetUtcNow();
        foreach (var action in decision.Undrain)
        {
            ChangeDrain(action, ServerState.Draining, ServerState.Ready, now, new AgentCommand.Undrain(action.Reason.ToString()));
        }

        foreach (var action in decision.Drain)
        {
            ChangeDrain(action, ServerState.Ready, ServerState.Draining, now, new AgentCommand.Drain(action.Reason.ToString()));
        }

        if (decision.Undrain.Count > 0 || decision.Create > 0)
        {
            fleet.LastScaleUpAt = now;
        }

        if (decision.Drain.Count > 0 || decision.Delete.Count > 0)
        {
            fleet.LastScaleDownAt = now;
        }

        foreach (var action in decision.Reboot)
        {
            await RebootAsync(action, cancellationToken).ConfigureAwait(false);
        }

        foreach (var action in decision.Delete.Concat(decision.Replace))
        {
            await DeleteAsync(action, cancellationToken).ConfigureAwait(false);
        }

        if (decision.Create > 0)
        {
            await CreateAsync(decision.Fleet, decision.Create, decision.CreateReason, options, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Drains or undrains one server (no cloud call; persisted by the tick).</summary>
    public bool ChangeDrain(ServerAction action, ServerState from, ServerState to, DateTimeOffset now, AgentCommand command)
    {
        if (!registry.TryGetServer(action.ServerId, out var slot))
        {
            return false;
        }

        lock (slot.Gate)
        {
            if (slot.State != from)
            {
                return false;
            }

            slot.MoveTo(to, now);
        }

        registry.Send(slot, command);
        EngineLog.DrainChanged(logger, slot.Id, slot.Fleet, to, action.Reason);
        return true;
    }

    private async Task CreateAsync(string fleet, int count, DecisionReason reason, FleetOptions options, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var creates = new List<(OperationRecord Operation, ServerRecord Server, ServerSlot Slot, string Token)>(count);
        for (var i = 0; i < count; i++)
        {
            var operationId = OperationIds.Next(now);
            var name = OperationIds.ServerName(options.NamePrefix, fleet, operationId);
            var (token, hash) = AgentTokens.Mint();
            var slot = new ServerSlot(name, fleet, hash, now, options.SlotsPerServer);
            var operation = new OperationRecord
            {
                Id = operationId, Fleet = fleet, ServerId = name, Kind = OperationKind.Create, Status = OperationStatus.Pending,
                StartedAt = now, Detail = reason.ToString(),
            };
            creates.Add((operation, ServerRecords.NewRecord(slot, operationId), slot, token));
        }

        // The intent is durable before the cloud hears of it: a crash from here on is resolved by name on reconcile.
        await operations.BeginCreatesAsync(creates.Select(c => (c.Operation, c.Server)).ToList(), cancellationToken).ConfigureAwait(false);
        foreach (var create in creates)
        {
            registry.Add(create.Slot);
        }

        var outcomes = await Task.WhenAll(creates.Select(c => CallCreateAsync(c.Operation, c.Slot, c.Token, options, cancellationToken))).ConfigureAwait(false);
        await operations.CompleteAsync(outcomes, cancellationToken).ConfigureAwait(false);

        var runtime = registry.Fleet(fleet);
        if (outcomes.Any(o => o.Status != OperationStatus.Succeeded))
        {
            runtime.ConsecutiveCreateFailures++;
            var backoff = options.CreateBackoff * Math.Pow(2, Math.Min(runtime.ConsecutiveCreateFailures - 1, 20));
            runtime.CreateBackoffUntil = time.GetUtcNow() + (backoff > options.MaxCreateBackoff ? options.MaxCreateBackoff : backoff);
        }
        else
        {
            runtime.ConsecutiveCreateFailures = 0;
            runtime.CreateBackoffUntil = null;
        }
    }

    private async Task<OperationOutcome> CallCreateAsync(OperationRecord operation, ServerSlot slot, string token, FleetOptions options, CancellationToken cancellationToken)
    {
        var spec = AgentBootstrap.Spec(slot.Id, slot.Fleet, operation.Id, options.ImageId, options.FlavorId, options.BootstrapFilePath, agentEndpoint, token, options.SlotsPerServer);
        try
        {
            var server = await provisioner.CreateServerAsync(spec, cancellationToken).ConfigureAwait(false);
            var now = time.GetUtcNow();
            lock (slot.Gate)
            {
                slot.CloudId = server.Id;
                slot.CloudStatus = server.Status;
                if (slot.State == ServerState.Requested)
                {
                    slot.MoveTo(string.Equals(server.Status, "ACTIVE", StringComparison.Ordinal) ? ServerState.Booting : ServerState.Building, now);
                }
            }

            EngineLog.Created(logger, slot.Id, slot.Fleet, server.Id);
            return new OperationOutcome(operation.Id, OperationStatus.Succeeded, $"cloud id {server.Id}", now, slot);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            lock (slot.Gate)
            {
                slot.CreateUncertain = true;
                slot.Dirty = true;
            }

            EngineLog.CreateFailed(logger, slot.Id, slot.Fleet, ex.GetType().Name);
            return new OperationOutcome(operation.Id, OperationStatus.Uncertain, ex.GetType().Name, time.GetUtcNow(), slot);
        }
    }

    private async Task RebootAsync(ServerAction action, CancellationToken cancellationToken)
    {
        if (!registry.TryGetServer(action.ServerId, out var slot) || slot.CloudId is not { } cloudId)
        {
            return;
        }

        var now = time.GetUtcNow();
        var operation = NewOperation(slot, OperationKind.Reboot, action.Reason, now);
        lock (slot.Gate)
        {
            slot.MoveTo(ServerState.Lost, now);
        }

        await operations.BeginAsync(operation, ServerState.Lost, now, cancellationToken).ConfigureAwait(false);
        OperationStatus status;
        string detail;
        try
        {
            await provisioner.RebootServerAsync(cloudId, RebootKind.Hard, cancellationToken).ConfigureAwait(false);
            (status, detail) = (OperationStatus.Succeeded, "HARD reboot accepted");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            (status, detail) = (OperationStatus.Failed, ex.GetType().Name);
        }

        // A reboot that could not even be asked for counts as a failed one, so a dead server is replaced in the end.
        lock (slot.Gate)
        {
            slot.RebootCount++;
            slot.MoveTo(status == OperationStatus.Succeeded ? ServerState.Rebooting : ServerState.Lost, time.GetUtcNow());
        }

        EngineLog.Rebooted(logger, slot.Id, slot.Fleet, action.Reason, status);
        await operations.CompleteAsync([new OperationOutcome(operation.Id, status, detail, time.GetUtcNow(), slot)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes one of the fleet's servers through the operation log (also reconcile's retry of a failed delete).</summary>
    public async Task DeleteAsync(ServerAction action, CancellationToken cancellationToken)
    {
        if (!registry.TryGetServer(action.ServerId, out var slot))
        {
            return;
        }

        if (slot.CloudId is not { } cloudId)
        {
            // Never confirmed by the cloud: reconcile adopts it by name (then it can be deleted) or gives it up.
            EngineLog.DeleteDeferred(logger, slot.Id, slot.Fleet);
            return;
        }

        var now = time.GetUtcNow();
        var operation = NewOperation(slot, OperationKind.Delete, action.Reason, now);
        lock (slot.Gate)
        {
            slot.MoveTo(ServerState.Deleting, now);
        }

        await operations.BeginAsync(operation, ServerState.Deleting, now, cancellationToken).ConfigureAwait(false);
        registry.Send(slot, new AgentCommand.Shutdown(TimeSpan.Zero, action.Reason.ToString()));
        OperationStatus status;
        string detail;
        try
        {
            var existed = await provisioner.DeleteServerAsync(cloudId, cancellationToken).ConfigureAwait(false);
            (status, detail) = (OperationStatus.Succeeded, existed ? "deleted" : "already gone");
            lock (slot.Gate)
            {
                slot.MoveTo(ServerState.Deleted, time.GetUtcNow());
            }

            registry.Remove(slot);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The record stays Deleting; reconcile deletes it again while the cloud still lists it.
            (status, detail) = (OperationStatus.Failed, ex.GetType().Name);
        }

        EngineLog.Deleted(logger, slot.Id, slot.Fleet, action.Reason, status);
        await operations.CompleteAsync([new OperationOutcome(operation.Id, status, detail, time.GetUtcNow(), slot)], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deletes a server named like ours that no record owns.</summary>
    public async Task DeleteOrphanAsync(string fleet, string name, string cloudId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var operation = new OperationRecord
        {
            Id = OperationIds.Next(now), Fleet = fleet, ServerId = name, Kind = OperationKind.Delete, Status = OperationStatus.Pending,
            StartedAt = now, Detail = $"orphan, cloud id {cloudId}",
        };
        await operations.BeginAsync(operation, null, now, cancellationToken).ConfigureAwait(false);
        var status = OperationStatus.Succeeded;
        try
        {
            await provisioner.DeleteServerAsync(cloudId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            status = OperationStatus.Failed;
            EngineLog.OrphanDeleteFailed(logger, name, fleet, ex.GetType().Name);
        }

        await operations.FinishAsync(operation.Id, status, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    private static OperationRecord NewOperation(ServerSlot slot, OperationKind kind, DecisionReason reason, DateTimeOffset now) => new()
    {
        Id = OperationIds.Next(now), Fleet = slot.Fleet, ServerId = slot.Id, Kind = kind, Status = OperationStatus.Pending,
        StartedAt = now, Detail = reason.ToString(),
    };
}
