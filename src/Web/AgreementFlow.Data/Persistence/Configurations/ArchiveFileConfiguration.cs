using AgreementFlow.Data.Archive;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class ArchiveFileConfiguration : IEntityTypeConfiguration<ArchiveFile>
{
    public void Configure(EntityTypeBuilder<ArchiveFile> builder)
    {
        builder.ToTable("ArchiveFiles");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Role).HasMaxLength(ArchiveFile.RoleMaxLength);
        builder.Property(f => f.Name).HasMaxLength(ArchiveFile.NameMaxLength);
        builder.Property(f => f.ContentType).HasMaxLength(ArchiveFile.ContentTypeMaxLength);
        builder.Property(f => f.Sha256).HasMaxLength(ArchiveFile.Sha256Length);
        builder.Property(f => f.Integrity).HasConversion<string>().HasMaxLength(16);

        // Verification looks files up by hash; the integrity job takes the oldest checks first.
        builder.HasIndex(f => f.Sha256);
        builder.HasIndex(f => f.CheckedAtUtc);
    }
}
