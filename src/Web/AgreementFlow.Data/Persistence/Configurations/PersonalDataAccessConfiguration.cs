using AgreementFlow.Data.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class PersonalDataAccessConfiguration : IEntityTypeConfiguration<PersonalDataAccess>
{
    public void Configure(EntityTypeBuilder<PersonalDataAccess> builder)
    {
        builder.ToTable("PersonalDataAccesses");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.SubjectKind).HasMaxLength(32);
        builder.Property(a => a.Action).HasMaxLength(32);
        builder.HasIndex(a => new { a.SubjectKind, a.SubjectId, a.AtUtc });
        builder.HasIndex(a => new { a.PersonId, a.AtUtc });
    }
}
