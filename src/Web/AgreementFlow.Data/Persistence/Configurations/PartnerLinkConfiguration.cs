using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.PartnerAccess;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class PartnerLinkConfiguration : IEntityTypeConfiguration<PartnerLink>
{
    public void Configure(EntityTypeBuilder<PartnerLink> builder)
    {
        builder.ToTable("PartnerLinks");
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Actions).HasMaxLength(PartnerLink.ActionsMaxLength);
        builder.Property(l => l.TokenHash).HasMaxLength(PartnerLink.TokenHashLength);
        builder.Property(l => l.RevokedReason).HasMaxLength(PartnerLink.RevokedReasonMaxLength);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(l => l.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PartnerContact>().WithMany().HasForeignKey(l => l.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.AgreementId);
        builder.HasIndex(l => l.ContactId);
        builder.HasIndex(l => l.TokenHash).IsUnique();
    }
}
