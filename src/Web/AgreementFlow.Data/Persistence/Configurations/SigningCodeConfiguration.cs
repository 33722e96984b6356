using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class SigningCodeConfiguration : IEntityTypeConfiguration<SigningCode>
{
    public void Configure(EntityTypeBuilder<SigningCode> builder)
    {
        builder.ToTable("SigningCodes");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Salt).HasMaxLength(SigningCode.SaltLength);
        builder.Property(c => c.CodeHash).HasMaxLength(SigningCode.HashLength);
        builder.Property(c => c.DocumentSha256).HasMaxLength(SigningCode.HashLength);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(16);

        // The rate limit counts a person's codes on an agreement over the last hour.
        builder.HasIndex(c => new { c.PersonId, c.AgreementId, c.CreatedAtUtc });
        builder.HasOne<Agreement>().WithMany().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}
