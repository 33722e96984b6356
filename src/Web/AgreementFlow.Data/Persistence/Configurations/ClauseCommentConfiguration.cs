using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Negotiation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class ClauseCommentConfiguration : IEntityTypeConfiguration<ClauseComment>
{
    public void Configure(EntityTypeBuilder<ClauseComment> builder)
    {
        builder.ToTable("ClauseComments");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ClauseId).HasMaxLength(ClauseComment.ClauseIdMaxLength);
        builder.Property(c => c.Text).HasMaxLength(ClauseComment.TextMaxLength);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.Cascade);
        // The review page reads an agreement's threads clause by clause.
        builder.HasIndex(c => new { c.AgreementId, c.ClauseId });
    }
}
