using AgreementFlow.Data.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class DocumentTemplateVersionConfiguration : IEntityTypeConfiguration<DocumentTemplateVersion>
{
    public void Configure(EntityTypeBuilder<DocumentTemplateVersion> builder)
    {
        builder.ToTable("TemplateVersions");
        builder.Property(v => v.Id).ValueGeneratedNever();
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(v => v.ChangeNote).HasMaxLength(DocumentTemplateVersion.ChangeNoteMaxLength);
        builder.HasOne<DocumentTemplate>().WithMany().HasForeignKey(v => v.TemplateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.TemplateId, v.Version }).IsUnique();
    }
}
