using AgreementFlow.Data.Agreements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class AgreementStageCountConfiguration : IEntityTypeConfiguration<AgreementStageCount>
{
    public void Configure(EntityTypeBuilder<AgreementStageCount> builder)
    {
        builder.ToTable("AgreementStageCounts");
        builder.HasKey(c => new { c.OrganizationId, c.Stage });
        builder.Property(c => c.Stage).HasMaxLength(64);
    }
}
