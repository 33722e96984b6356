using AgreementFlow.Data.CreditTransfers;
using AgreementFlow.Data.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class CreditTransferConfiguration : IEntityTypeConfiguration<CreditTransfer>
{
    public void Configure(EntityTypeBuilder<CreditTransfer> builder)
    {
        builder.ToTable("CreditTransfers");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ApplicantName).HasMaxLength(200);
        builder.Property(c => c.SourceOrganizationName).HasMaxLength(500);
        builder.Property(c => c.SourceProgramName).HasMaxLength(300);
        builder.Property(c => c.TargetUnit).HasMaxLength(300);
        builder.Property(c => c.Stage).HasMaxLength(64);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.ApplicantOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Students).WithOne().HasForeignKey(s => s.CreditTransferId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Documents).WithOne().HasForeignKey(d => d.CreditTransferId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ApplicantOrganizationId, c.Stage });
        builder.HasIndex(c => c.WorkflowInstanceId).IsUnique();
    }
}
