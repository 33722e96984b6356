using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class SignatureConfiguration : IEntityTypeConfiguration<Signature>
{
    public void Configure(EntityTypeBuilder<Signature> builder)
    {
        builder.ToTable("Signatures");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.PersonName).HasMaxLength(Signature.NameMaxLength);
        builder.Property(s => s.ActingForName).HasMaxLength(Signature.NameMaxLength);
        builder.Property(s => s.OrganizationName).HasMaxLength(Signature.OrganizationNameMaxLength);
        builder.Property(s => s.Role).HasMaxLength(Signature.RoleMaxLength);
        builder.Property(s => s.Method).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.DocumentSha256).HasMaxLength(64);
        builder.Property(s => s.DocumentFormat).HasMaxLength(Signature.FormatMaxLength);
        builder.Property(s => s.IpAddress).HasMaxLength(Signature.IpMaxLength);
        builder.Property(s => s.UserAgent).HasMaxLength(Signature.UserAgentMaxLength);
        builder.Property(s => s.CertificateSubject).HasMaxLength(Signature.SubjectMaxLength);
        builder.Property(s => s.Verification).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.VerificationNote).HasMaxLength(Signature.NoteMaxLength);

        // One signature per part of the sign task: a repeat cannot sign twice.
        builder.HasIndex(s => s.AssignmentId).IsUnique();
        builder.HasIndex(s => s.AgreementId);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(s => s.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}
