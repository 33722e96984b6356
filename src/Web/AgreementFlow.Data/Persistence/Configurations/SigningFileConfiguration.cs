using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class SigningFileConfiguration : IEntityTypeConfiguration<SigningFile>
{
    public void Configure(EntityTypeBuilder<SigningFile> builder)
    {
        builder.ToTable("SigningFiles");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Kind).HasMaxLength(SigningFile.KindMaxLength);
        builder.Property(f => f.Name).HasMaxLength(SigningFile.NameMaxLength);
        builder.Property(f => f.ContentType).HasMaxLength(SigningFile.ContentTypeMaxLength);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.HasIndex(f => f.AgreementId);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(f => f.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}
