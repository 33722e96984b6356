using AgreementFlow.Data.CreditTransfers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class CreditTransferStudentConfiguration : IEntityTypeConfiguration<CreditTransferStudent>
{
    public void Configure(EntityTypeBuilder<CreditTransferStudent> builder)
    {
        builder.ToTable("CreditTransferStudents");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.FullName).HasMaxLength(200);
        builder.Property(s => s.Result).HasMaxLength(200);
        builder.Property(s => s.Reason).HasMaxLength(1000);
        builder.HasIndex(s => new { s.CreditTransferId, s.Position });
    }
}
