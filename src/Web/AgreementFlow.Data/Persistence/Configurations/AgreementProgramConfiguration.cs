using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class AgreementProgramConfiguration : IEntityTypeConfiguration<AgreementProgram>
{
    public void Configure(EntityTypeBuilder<AgreementProgram> builder)
    {
        builder.ToTable("AgreementPrograms");
        builder.HasKey(p => new { p.AgreementId, p.ProgramId });
        builder.HasOne<EducationProgram>().WithMany().HasForeignKey(p => p.ProgramId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.ProgramId);
    }
}
