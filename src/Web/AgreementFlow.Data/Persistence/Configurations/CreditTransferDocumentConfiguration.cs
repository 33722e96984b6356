using AgreementFlow.Data.CreditTransfers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class CreditTransferDocumentConfiguration : IEntityTypeConfiguration<CreditTransferDocument>
{
    public void Configure(EntityTypeBuilder<CreditTransferDocument> builder)
    {
        builder.ToTable("CreditTransferDocuments");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.ContentType).HasMaxLength(100);
        builder.Property(d => d.Sha256).HasMaxLength(64);
        builder.HasIndex(d => d.CreditTransferId);
    }
}
