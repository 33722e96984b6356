using AgreementFlow.Data.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AgreementFlow.Data.Persistence.Configurations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.ToTable("Organizations");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.FullName).HasMaxLength(Organization.FullNameMaxLength);
        builder.Property(o => o.ShortName).HasMaxLength(Organization.ShortNameMaxLength);
        builder.Property(o => o.RegionCode).HasMaxLength(Organization.RegionCodeMaxLength);
        builder.Property(o => o.TimeZoneId).HasMaxLength(Organization.TimeZoneMaxLength);
        builder.Property(o => o.Address).HasMaxLength(Organization.AddressMaxLength);
        builder.Property(o => o.Email).HasMaxLength(Organization.EmailMaxLength);
        builder.Property(o => o.Inn).HasMaxLength(Organization.InnMaxLength);
        builder.HasIndex(o => o.ShortName).IsUnique();
    }
}
