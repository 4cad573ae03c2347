using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Autoscaler.Controller.Persistence.Configurations;

internal sealed class OperationRecordConfiguration : IEntityTypeConfiguration<OperationRecord>
{
    public void Configure(EntityTypeBuilder<OperationRecord> builder)
    {
        builder.ToTable("operations");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).HasMaxLength(32);
        builder.Property(o => o.Fleet).HasMaxLength(64);
        builder.Property(o => o.ServerId).HasMaxLength(128);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(o => o.Detail).HasMaxLength(1024);
        builder.HasIndex(o => new { o.Fleet, o.Status });
        builder.HasIndex(o => o.ServerId);
    }
}
