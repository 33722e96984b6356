using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.ToTable("Agreements");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Title).HasMaxLength(Agreement.TitleMaxLength);
        builder.Property(a => a.Number).HasMaxLength(64);
        builder.Property(a => a.SearchText).HasMaxLength(2000);
        builder.Property(a => a.Stage).HasMaxLength(64);
        builder.HasOne<Organization>().WithMany().HasForeignKey(a => a.BaseOrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Parties).WithOne().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Programs).WithOne().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.BaseOrganizationId, a.Stage });
        builder.HasIndex(a => a.NearestDueAtUtc);

        // One stage's agreements by deadline: the board's stage filter, overdue first.
        builder.HasIndex(a => new { a.Stage, a.NearestDueAtUtc });
        builder.HasIndex(a => a.WorkflowInstanceId).IsUnique();
        builder.HasIndex(a => a.BatchId);
        builder.HasIndex(a => a.ParentAgreementId);
    }
}
