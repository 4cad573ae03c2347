using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Autoscaler.Controller.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the context without starting the host.</summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<AutoscalerDbContext>
{
    public AutoscalerDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<AutoscalerDbContext>();
        SqliteDatabase.Configure(builder, SqliteDatabase.DefaultConnectionString);
        return new AutoscalerDbContext(builder.Options);
    }
}
