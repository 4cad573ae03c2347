using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Autoscaler.Controller.Persistence.Configurations;

internal sealed class DecisionRecordConfiguration : IEntityTypeConfiguration<DecisionRecord>
{
    public void Configure(EntityTypeBuilder<DecisionRecord> builder)
    {
        builder.ToTable("decisions");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedOnAdd();
        builder.Property(d => d.Fleet).HasMaxLength(64);
        builder.Property(d => d.Reason).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Detail).HasMaxLength(4096);
        builder.HasIndex(d => new { d.Fleet, d.At });
    }
}
