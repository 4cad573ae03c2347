using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Autoscaler.Controller.Persistence.Configurations;

internal sealed class LoadSampleRecordConfiguration : IEntityTypeConfiguration<LoadSampleRecord>
{
    public void Configure(EntityTypeBuilder<LoadSampleRecord> builder)
    {
        builder.ToTable("load_samples");
        builder.HasKey(l => new { l.Fleet, l.At });
        builder.Property(l => l.Fleet).HasMaxLength(64);
    }
}
