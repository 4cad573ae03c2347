using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Autoscaler.Controller.Persistence;

/// <summary>The controller's record and restart point: fleets, servers, operations, decisions and load history.</summary>
internal sealed class AutoscalerDbContext(DbContextOptions<AutoscalerDbContext> options) : DbContext(options)
{
    public DbSet<FleetRecord> Fleets => Set<FleetRecord>();

    public DbSet<ServerRecord> Servers => Set<ServerRecord>();

    public DbSet<OperationRecord> Operations => Set<OperationRecord>();

    public DbSet<DecisionRecord> Decisions => Set<DecisionRecord>();

    public DbSet<LoadSampleRecord> LoadSamples => Set<LoadSampleRecord>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AutoscalerDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset text; unix milliseconds sort and compare as integers.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UnixMillisecondsConverter>();
    }

    private sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
        v => v.ToUnixTimeMilliseconds(),
        v => DateTimeOffset.FromUnixTimeMilliseconds(v));
}
