using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Autoscaler.Controller.Persistence;

/// <summary>Opens the SQLite database: options for a connection string, and migration plus WAL at start-up.</summary>
internal static class SqliteDatabase
{
    /// <summary>The connection string used when <c>ConnectionStrings:Autoscaler</c> is not set.</summary>
    public const string DefaultConnectionString = "Data Source=autoscaler.db";

    public static void Configure(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(AutoscalerDbContext).Assembly.GetName().Name));

    /// <summary>A context factory over a connection string (the simulator and tests build the core with it).</summary>
    public static IDbContextFactory<AutoscalerDbContext> CreateFactory(string connectionString)
    {
        var builder = new DbContextOptionsBuilder<AutoscalerDbContext>();
        Configure(builder, connectionString);
        return new OptionsContextFactory(builder.Options);
    }

    /// <summary>Applies pending migrations and switches the database to write-ahead logging.</summary>
    public static async Task MigrateAsync(IDbContextFactory<AutoscalerDbContext> factory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
        await using (db.ConfigureAwait(false))
        {
            await db.Database.MigrateAsync(cancellationToken).ConfigureAwait(false);
            if (db.Database.GetDbConnection() is SqliteConnection)
            {
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private sealed class OptionsContextFactory(DbContextOptions<AutoscalerDbContext> options) : IDbContextFactory<AutoscalerDbContext>
    {
        public AutoscalerDbContext CreateDbContext() => new(options);
    }
}
