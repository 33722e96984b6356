using AgreementFlow.Data.Registration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class RegistrationEntryConfiguration : IEntityTypeConfiguration<RegistrationEntry>
{
    public void Configure(EntityTypeBuilder<RegistrationEntry> builder)
    {
        builder.ToTable("RegistrationEntries");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Number).HasMaxLength(RegistrationEntry.NumberMaxLength);
        builder.Property(e => e.Period).HasMaxLength(RegistrationEntry.PeriodMaxLength);
        builder.Property(e => e.Title).HasMaxLength(RegistrationEntry.TitleMaxLength);
        builder.Property(e => e.DocumentKind).HasConversion<string>().HasMaxLength(32);

        // The database itself refuses a second line with the same number, sequence or subject.
        builder.HasIndex(e => new { e.OrganizationId, e.Period, e.Sequence }).IsUnique();
        builder.HasIndex(e => new { e.OrganizationId, e.Number }).IsUnique();
        builder.HasIndex(e => new { e.OrganizationId, e.SubjectId }).IsUnique();
        builder.HasOne<RegistrationJournal>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
