using Autoscaler.Controller.Core;
using Autoscaler.Controller.Persistence;
using Autoscaler.Controller.Registry;
using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;

namespace Autoscaler.Benchmarks;

/// <summary>The per-tick batched write (TickPersister: one transaction) for a fleet of 10,000 servers, every server
/// changed since the last tick (the worst case), into a SQLite file in WAL mode as the controller runs it.</summary>
[MemoryDiagnoser]
public class TickPersistenceBenchmarks
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), $"autoscaler-bench-{Environment.ProcessId}");
    private IDbContextFactory<AutoscalerDbContext> _contexts = null!;
    private TickPersister _persister = null!;
    private FleetRuntime _fleet = null!;
    private DateTimeOffset _now;
    private int _round;

    [Params(10_000)]
    public int Servers { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        Directory.CreateDirectory(_directory);
        _contexts = SqliteDatabase.CreateFactory($"Data Source={Path.Combine(_directory, "tick.db")}");
        await SqliteDatabase.MigrateAsync(_contexts, CancellationToken.None);
        _now = new DateTimeOffset(2026, 1, 5, 12, 0, 0, TimeSpan.Zero);
        _fleet = new FleetRuntime("game");
        await using var db = await _contexts.CreateDbContextAsync();
        for (var i = 0; i < Servers; i++)
        {
            var slot = new ServerSlot($"as-game-{i:D6}", "game", "hash", _now.AddHours(-1), 16);
            slot.MoveTo(ServerState.Ready, _now.AddMinutes(-50));
            _fleet.Servers[slot.Id] = slot;
            db.Servers.Add(ServerRecords.NewRecord(slot, $"op{i:D6}"));
        }

        await db.SaveChangesAsync();
        _persister = new TickPersister(_contexts);
    }

    [Benchmark]
    public Task PersistTick()
    {
        _round++;
        foreach (var slot in _fleet.Servers.Values)
        {
            slot.Players = (slot.Players + _round) % 17;
            slot.Dirty = true;
        }

        return _persister.PersistAsync(_fleet, null, _now.AddSeconds(_round), everything: false, CancellationToken.None);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
