using AgreementFlow.Data.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class MailPreferenceConfiguration : IEntityTypeConfiguration<MailPreference>
{
    public void Configure(EntityTypeBuilder<MailPreference> builder)
    {
        builder.ToTable("MailPreferences");
        builder.HasKey(p => p.PersonId);
        builder.Property(p => p.ReminderDelivery).HasConversion<string>().HasMaxLength(16);
        builder.HasOne(p => p.Person).WithOne().HasForeignKey<MailPreference>(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
