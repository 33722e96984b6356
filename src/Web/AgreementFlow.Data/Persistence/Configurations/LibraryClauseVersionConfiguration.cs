using AgreementFlow.Data.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class LibraryClauseVersionConfiguration : IEntityTypeConfiguration<LibraryClauseVersion>
{
    public void Configure(EntityTypeBuilder<LibraryClauseVersion> builder)
    {
        builder.ToTable("LibraryClauseVersions");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.Covers).HasMaxLength(200);
        builder.HasOne<LibraryClause>().WithMany().HasForeignKey(v => v.ClauseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.ClauseId, v.Version }).IsUnique();
    }
}
