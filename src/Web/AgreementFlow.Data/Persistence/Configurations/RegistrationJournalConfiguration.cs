using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class RegistrationJournalConfiguration : IEntityTypeConfiguration<RegistrationJournal>
{
    public void Configure(EntityTypeBuilder<RegistrationJournal> builder)
    {
        builder.ToTable("RegistrationJournals");
        builder.HasKey(j => j.OrganizationId);
        builder.Property(j => j.OrganizationId).ValueGeneratedNever();
        builder.Property(j => j.Pattern).HasMaxLength(RegistrationJournal.PatternMaxLength);
        builder.Property(j => j.Period).HasMaxLength(RegistrationEntry.PeriodMaxLength);
        builder.Property(j => j.Revision).IsConcurrencyToken();
        builder.HasOne<Organization>().WithOne().HasForeignKey<RegistrationJournal>(j => j.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
