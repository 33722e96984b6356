using AgreementFlow.Data.Documents;
using AgreementFlow.Data.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class LibraryClauseConfiguration : IEntityTypeConfiguration<LibraryClause>
{
    public void Configure(EntityTypeBuilder<LibraryClause> builder)
    {
        builder.ToTable("LibraryClauses");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Key).HasMaxLength(DocumentTemplate.KeyMaxLength);
        builder.Property(c => c.Title).HasMaxLength(DocumentTemplate.TitleMaxLength);
        // The organisation's forms go with it; a form any agreement was rendered from keeps it (documents restrict).
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.OrganizationId, c.Key }).IsUnique();
    }
}
