using Autoscaler.Controller.Persistence;
using Autoscaler.Controller.Registry;
using Microsoft.EntityFrameworkCore;

namespace Autoscaler.Controller.Core;

/// <summary>The write-ahead record of cloud calls: every intent is committed before the call, every outcome after.</summary>
/// <remarks>A crash at any point leaves either no trace of the call or a pending row that reconcile resolves.</remarks>
internal sealed class OperationLog(IDbContextFactory<AutoscalerDbContext> contexts)
{
    /// <summary>Records create intents: the operations and the servers they will make, in one transaction.</summary>
    public async Task BeginCreatesAsync(IReadOnlyList<(OperationRecord Operation, ServerRecord Server)> creates, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            foreach (var (operation, server) in creates)
            {
                db.Operations.Add(operation);
                db.Servers.Add(server);
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Records an intent and, when <paramref name="state"/> is given, moves the server's record to it.</summary>
    public async Task BeginAsync(OperationRecord operation, ServerState? state, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                db.Operations.Add(operation);
                if (state is { } newState)
                {
                    await db.Servers.Where(s => s.Id == operation.ServerId)
                        .ExecuteUpdateAsync(u => u.SetProperty(s => s.State, newState).SetProperty(s => s.StateSince, now), cancellationToken)
                        .ConfigureAwait(false);
                }

                await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Records outcomes and the servers' new records, in one transaction.</summary>
    public async Task CompleteAsync(IReadOnlyList<OperationOutcome> outcomes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        if (outcomes.Count == 0)
        {
            return;
        }

        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            var operationIds = outcomes.Select(o => o.OperationId).ToList();
            var serverIds = outcomes.Select(o => o.Server.Id).ToList();
            var operations = await db.Operations.Where(o => operationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, cancellationToken).ConfigureAwait(false);
            var servers = await db.Servers.Where(s => serverIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken).ConfigureAwait(false);
            foreach (var outcome in outcomes)
            {
                if (operations.TryGetValue(outcome.OperationId, out var operation))
                {
                    operation.Status = outcome.Status;
                    operation.CompletedAt = outcome.At;
                    operation.Detail = Truncate($"{operation.Detail}; {outcome.Detail}");
                }

                if (servers.TryGetValue(outcome.Server.Id, out var server))
                {
                    ServerRecords.CopyFrom(server, outcome.Server);
                }
            }

            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Completes an operation that has no server record (an orphan's delete).</summary>
    public async Task FinishAsync(string operationId, OperationStatus status, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await db.Operations.Where(o => o.Id == operationId)
                .ExecuteUpdateAsync(u => u.SetProperty(o => o.Status, status).SetProperty(o => o.CompletedAt, at), cancellationToken)
                .ConfigureAwait(false);
        }
    }

    private static string Truncate(string text) => text.Length <= 1024 ? text : text[..1024];
}

/// <summary>How one cloud call ended and the server's resulting live record.</summary>
internal sealed record OperationOutcome(string OperationId, OperationStatus Status, string Detail, DateTimeOffset At, ServerSlot Server);
