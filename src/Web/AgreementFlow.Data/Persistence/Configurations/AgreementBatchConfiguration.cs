using AgreementFlow.Data.Agreements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class AgreementBatchConfiguration : IEntityTypeConfiguration<AgreementBatch>
{
    public void Configure(EntityTypeBuilder<AgreementBatch> builder)
    {
        builder.ToTable("AgreementBatches");
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HasMany(b => b.Items).WithOne().HasForeignKey(i => i.BatchId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.Status);
    }
}
