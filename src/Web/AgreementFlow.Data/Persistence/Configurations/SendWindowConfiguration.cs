using AgreementFlow.Data.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class SendWindowConfiguration : IEntityTypeConfiguration<SendWindow>
{
    public void Configure(EntityTypeBuilder<SendWindow> builder)
    {
        builder.ToTable("SendWindows");
        builder.HasKey(w => w.OrganizationId);
        builder.HasOne(w => w.Organization).WithOne().HasForeignKey<SendWindow>(w => w.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}
