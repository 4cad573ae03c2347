using System.Data.Common;
using Autoscaler.Controller.Persistence;
using Autoscaler.Controller.Policy;
using Autoscaler.Controller.Registry;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Autoscaler.Controller.Core;

/// <summary>Writes one fleet's tick in ONE transaction: changed servers, the fleet's settings, the decision and a load sample.</summary>
/// <remarks>Server rows go through one prepared UPDATE re-bound per server, so 10,000 servers cost one commit, not 10,000.</remarks>
internal sealed class TickPersister(IDbContextFactory<AutoscalerDbContext> contexts)
{
    private const string UpdateServer =
        "UPDATE servers SET State = $state, StateSince = $stateSince, CloudId = $cloudId, CloudStatus = $cloudStatus, " +
        "ReadyAt = $readyAt, CreateUncertain = $uncertain, RebootCount = $reboots, Players = $players, Capacity = $capacity, " +
        "LastSeenAt = $lastSeen, EmptySince = $emptySince WHERE Id = $id";

    private const string UpsertFleet =
        "INSERT INTO fleets (Name, Paused, ManualFloor, LastScaleUpAt, LastScaleDownAt, ConsecutiveCreateFailures, CreateBackoffUntil) " +
        "VALUES ($name, $paused, $floor, $up, $down, $failures, $backoff) ON CONFLICT(Name) DO UPDATE SET Paused = excluded.Paused, " +
        "ManualFloor = excluded.ManualFloor, LastScaleUpAt = excluded.LastScaleUpAt, LastScaleDownAt = excluded.LastScaleDownAt, " +
        "ConsecutiveCreateFailures = excluded.ConsecutiveCreateFailures, CreateBackoffUntil = excluded.CreateBackoffUntil";

    private const string UpsertSample =
        "INSERT INTO load_samples (Fleet, At, Players, Capacity, Servers, ReadyServers) VALUES ($fleet, $at, $players, $capacity, $servers, $ready) " +
        "ON CONFLICT(Fleet, At) DO UPDATE SET Players = excluded.Players, Capacity = excluded.Capacity, Servers = excluded.Servers, ReadyServers = excluded.ReadyServers";

    /// <summary>Persists the fleet's changed servers (all of them when <paramref name="everything"/>), the decision (if worth keeping) and the minute's load.</summary>
    public async Task PersistAsync(FleetRuntime fleet, ScalingDecision? decision, DateTimeOffset now, bool everything, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fleet);
        var rows = new List<ServerRow>();
        int players = 0, capacity = 0, servers = 0, ready = 0;
        foreach (var slot in fleet.Servers.Values)
        {
            lock (slot.Gate)
            {
                servers++;
                if (slot.State == ServerState.Ready)
                {
                    ready++;
                    capacity += slot.Capacity;
                }

                players += slot.Players;
                if (slot.Dirty || everything)
                {
                    slot.Dirty = false;
                    rows.Add(new ServerRow(slot));
                }
            }
        }

        try
        {
            var db = await contexts.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using (db.ConfigureAwait(false))
            {
                var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    var connection = db.Database.GetDbConnection();
                    var dbTransaction = transaction.GetDbTransaction();
                    await WriteServersAsync(connection, dbTransaction, rows, cancellationToken).ConfigureAwait(false);
                    await ExecuteAsync(connection, dbTransaction, UpsertFleet, cancellationToken,
                        ("$name", fleet.Name), ("$paused", fleet.Paused), ("$floor", fleet.ManualFloor), ("$up", Millis(fleet.LastScaleUpAt)),
                        ("$down", Millis(fleet.LastScaleDownAt)), ("$failures", fleet.ConsecutiveCreateFailures), ("$backoff", Millis(fleet.CreateBackoffUntil))).ConfigureAwait(false);
                    var minute = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMinute), TimeSpan.Zero);
                    await ExecuteAsync(connection, dbTransaction, UpsertSample, cancellationToken,
                        ("$fleet", fleet.Name), ("$at", minute.ToUnixTimeMilliseconds()), ("$players", players), ("$capacity", capacity),
                        ("$servers", servers), ("$ready", ready)).ConfigureAwait(false);
                    if (decision is not null)
                    {
                        db.Decisions.Add(DecisionRecords.From(decision));
                        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    }

                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch
        {
            // Nothing was written: write these servers again next tick.
            foreach (var row in rows)
            {
                row.Slot.Dirty = true;
            }

            throw;
        }
    }

    private static async Task WriteServersAsync(DbConnection connection, DbTransaction transaction, List<ServerRow> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = UpdateServer;
            string[] names = ["$state", "$stateSince", "$cloudId", "$cloudStatus", "$readyAt", "$uncertain", "$reboots", "$players", "$capacity", "$lastSeen", "$emptySince", "$id"];
            foreach (var name in names)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            await command.PrepareAsync(cancellationToken).ConfigureAwait(false);
            var p = command.Parameters;
            foreach (var row in rows)
            {
                p[0].Value = row.State.ToString();
                p[1].Value = row.StateSince.ToUnixTimeMilliseconds();
                p[2].Value = (object?)row.CloudId ?? DBNull.Value;
                p[3].Value = (object?)row.CloudStatus ?? DBNull.Value;
                p[4].Value = Millis(row.ReadyAt);
                p[5].Value = row.CreateUncertain;
                p[6].Value = row.RebootCount;
                p[7].Value = row.Players;
                p[8].Value = row.Capacity;
                p[9].Value = Millis(row.LastSeenAt);
                p[10].Value = Millis(row.EmptySince);
                p[11].Value = row.Slot.Id;
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }

            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static object Millis(DateTimeOffset? value) => value is { } v ? v.ToUnixTimeMilliseconds() : DBNull.Value;

    /// <summary>A copy of a slot's persisted fields, taken under its lock.</summary>
    private readonly record struct ServerRow(ServerSlot Slot, ServerState State, DateTimeOffset StateSince, string? CloudId, string? CloudStatus,
        DateTimeOffset? ReadyAt, bool CreateUncertain, int RebootCount, int Players, int Capacity, DateTimeOffset? LastSeenAt, DateTimeOffset? EmptySince)
    {
        public ServerRow(ServerSlot slot)
            : this(slot, slot.State, slot.StateSince, slot.CloudId, slot.CloudStatus, slot.ReadyAt, slot.CreateUncertain, slot.RebootCount,
                slot.Players, slot.Capacity, slot.LastSeenAt, slot.EmptySince)
        {
        }
    }
}
