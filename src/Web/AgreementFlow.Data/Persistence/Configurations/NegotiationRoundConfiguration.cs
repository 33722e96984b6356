using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Negotiation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class NegotiationRoundConfiguration : IEntityTypeConfiguration<NegotiationRound>
{
    public void Configure(EntityTypeBuilder<NegotiationRound> builder)
    {
        builder.ToTable("NegotiationRounds");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Kind).HasMaxLength(32);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(r => r.AgreementId).OnDelete(DeleteBehavior.Cascade);
    }
}
