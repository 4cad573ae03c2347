using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Autoscaler.Controller.Persistence.Configurations;

internal sealed class ServerRecordConfiguration : IEntityTypeConfiguration<ServerRecord>
{
    public void Configure(EntityTypeBuilder<ServerRecord> builder)
    {
        builder.ToTable("servers");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasMaxLength(128);
        builder.Property(s => s.Fleet).HasMaxLength(64);
        builder.Property(s => s.CreateOperationId).HasMaxLength(32);
        builder.Property(s => s.TokenHash).HasMaxLength(64);
        builder.Property(s => s.CloudId).HasMaxLength(128);
        builder.Property(s => s.CloudStatus).HasMaxLength(32);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(s => new { s.Fleet, s.State });
        builder.HasIndex(s => s.CloudId);
    }
}
