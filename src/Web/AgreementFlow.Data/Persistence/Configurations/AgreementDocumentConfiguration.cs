using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class AgreementDocumentConfiguration : IEntityTypeConfiguration<AgreementDocument>
{
    public void Configure(EntityTypeBuilder<AgreementDocument> builder)
    {
        builder.ToTable("AgreementDocuments");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.HtmlSha256).HasMaxLength(64);
        builder.Property(d => d.DocxSha256).HasMaxLength(64);
        builder.Property(d => d.PdfSha256).HasMaxLength(64);
        builder.Property(d => d.PdfStatus).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.PdfError).HasMaxLength(2000);
        builder.Property(d => d.Reason).HasMaxLength(AgreementDocument.ReasonMaxLength);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(d => d.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DocumentTemplateVersion>().WithMany().HasForeignKey(d => d.TemplateVersionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.AgreementId, d.Version }).IsUnique();
        builder.HasIndex(d => d.TemplateVersionId);
        // The PDF queue picks up what a restart left queued.
        builder.HasIndex(d => d.PdfStatus);
    }
}
