using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class SigningMethodChoiceConfiguration : IEntityTypeConfiguration<SigningMethodChoice>
{
    public void Configure(EntityTypeBuilder<SigningMethodChoice> builder)
    {
        builder.ToTable("SigningMethodChoices");
        builder.HasKey(c => new { c.AgreementId, c.OrganizationId });
        builder.Property(c => c.Method).HasConversion<string>().HasMaxLength(16);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}
