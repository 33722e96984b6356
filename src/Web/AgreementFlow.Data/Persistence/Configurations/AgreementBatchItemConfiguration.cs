using AgreementFlow.Data.Agreements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class AgreementBatchItemConfiguration : IEntityTypeConfiguration<AgreementBatchItem>
{
    public void Configure(EntityTypeBuilder<AgreementBatchItem> builder)
    {
        builder.ToTable("AgreementBatchItems");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Error).HasMaxLength(2000);
        builder.HasIndex(i => new { i.BatchId, i.Position });
    }
}
