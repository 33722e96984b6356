using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Negotiation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class ClauseProposalConfiguration : IEntityTypeConfiguration<ClauseProposal>
{
    public void Configure(EntityTypeBuilder<ClauseProposal> builder)
    {
        builder.ToTable("ClauseProposals");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.ClauseId).HasMaxLength(ClauseComment.ClauseIdMaxLength);
        builder.Property(p => p.ProposedText).HasMaxLength(ClauseProposal.TextMaxLength);
        builder.Property(p => p.Note).HasMaxLength(ClauseProposal.NoteMaxLength);
        builder.Property(p => p.DecisionReason).HasMaxLength(ClauseProposal.NoteMaxLength);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(p => p.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.AgreementId, p.Status });
    }
}
