using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Autoscaler.Controller.Persistence.Configurations;

internal sealed class FleetRecordConfiguration : IEntityTypeConfiguration<FleetRecord>
{
    public void Configure(EntityTypeBuilder<FleetRecord> builder)
    {
        builder.ToTable("fleets");
        builder.HasKey(f => f.Name);
        builder.Property(f => f.Name).HasMaxLength(64);
    }
}
