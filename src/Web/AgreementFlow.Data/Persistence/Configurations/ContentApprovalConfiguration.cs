using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Negotiation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class ContentApprovalConfiguration : IEntityTypeConfiguration<ContentApproval>
{
    public void Configure(EntityTypeBuilder<ContentApproval> builder)
    {
        builder.ToTable("ContentApprovals");
        builder.HasKey(a => a.AssignmentId);
        builder.Property(a => a.AssignmentId).ValueGeneratedNever();
        builder.Property(a => a.Stage).HasMaxLength(64);
        builder.Property(a => a.TaskId).HasMaxLength(64);
        builder.Property(a => a.Outcome).HasMaxLength(64);
        builder.Property(a => a.DocxSha256).HasMaxLength(64);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(a => a.AgreementId).OnDelete(DeleteBehavior.Cascade);
        // A new version voids the approvals of the agreement that still hold.
        builder.HasIndex(a => new { a.AgreementId, a.VoidedAtUtc });
    }
}
