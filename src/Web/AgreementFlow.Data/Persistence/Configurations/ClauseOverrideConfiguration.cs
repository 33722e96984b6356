using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Negotiation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class ClauseOverrideConfiguration : IEntityTypeConfiguration<ClauseOverride>
{
    public void Configure(EntityTypeBuilder<ClauseOverride> builder)
    {
        builder.ToTable("ClauseOverrides");
        builder.HasKey(o => new { o.AgreementId, o.ClauseId });
        builder.Property(o => o.ClauseId).HasMaxLength(ClauseComment.ClauseIdMaxLength);
        builder.Property(o => o.Text).HasMaxLength(ClauseProposal.TextMaxLength);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(o => o.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}
