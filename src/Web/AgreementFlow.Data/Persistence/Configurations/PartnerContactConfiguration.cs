using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.PartnerAccess;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class PartnerContactConfiguration : IEntityTypeConfiguration<PartnerContact>
{
    public void Configure(EntityTypeBuilder<PartnerContact> builder)
    {
        builder.ToTable("PartnerContacts");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Email).HasMaxLength(Person.EmailMaxLength);
        builder.Property(c => c.FullName).HasMaxLength(Person.FullNameMaxLength);
        builder.HasOne<Agreement>().WithMany().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);

        // One contact per partner of an agreement.
        builder.HasIndex(c => new { c.AgreementId, c.OrganizationId }).IsUnique();
    }
}
