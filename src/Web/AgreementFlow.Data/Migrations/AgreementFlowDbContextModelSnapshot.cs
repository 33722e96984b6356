using AgreementFlow.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace AgreementFlow.Data.Migrations;

/// <summary>
/// The model as the migrations leave it, written by hand in the form EF's tools would write it.
/// </summary>
/// <remarks>
/// EF compares this with the live model: a model change without a migration and an update here makes
/// <c>HasPendingModelChanges()</c> true and <c>Migrate()</c> refuse to run, and a test says so.
/// Column types are left to each provider, as in the migrations.
/// </remarks>
[DbContext(typeof(AgreementFlowDbContext))]
internal sealed class AgreementFlowDbContextModelSnapshot : ModelSnapshot
{
    protected override void BuildModel(ModelBuilder modelBuilder)
    {
        modelBuilder.HasAnnotation("ProductVersion", "10.0.14");

        modelBuilder.Entity("AgreementFlow.Data.Calendars.CalendarDay", b =>
        {
            b.Property<string>("RegionCode").HasMaxLength(8);
            b.Property<DateOnly>("Date");
            b.Property<string>("Kind").IsRequired().HasMaxLength(16);
            b.Property<string>("Note").HasMaxLength(200);
            b.HasKey("RegionCode", "Date");
            b.ToTable("CalendarDays");
        });

        modelBuilder.Entity("AgreementFlow.Data.Organizations.Absence", b =>
        {
            b.Property<Guid>("Id");
            b.Property<DateOnly>("From");
            b.Property<string>("Note").HasMaxLength(500);
            b.Property<Guid>("PersonId");
            b.Property<Guid>("SubstituteId");
            b.Property<DateOnly>("To");
            b.HasKey("Id");
            b.HasIndex("SubstituteId");
            b.HasIndex("PersonId", "From");
            b.ToTable("Absences");
        });

        modelBuilder.Entity("AgreementFlow.Data.Organizations.EducationProgram", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("Focus").IsRequired().HasMaxLength(32);
            b.Property<int>("Hours");
            b.Property<string>("Level").IsRequired().HasMaxLength(32);
            b.Property<string>("Name").IsRequired().HasMaxLength(300);
            b.Property<Guid>("OwnerOrganizationId");
            b.HasKey("Id");
            b.HasIndex("OwnerOrganizationId", "Name").IsUnique();
            b.ToTable("Programs");
        });

        modelBuilder.Entity("AgreementFlow.Data.Organizations.Membership", b =>
        {
            b.Property<Guid>("Id");
            b.Property<Guid>("OrganizationId");
            b.Property<Guid>("PersonId");
            b.Property<string>("Role").IsRequired().HasMaxLength(32);
            b.HasKey("Id");
            b.HasIndex("OrganizationId", "Role");
            b.HasIndex("PersonId", "OrganizationId", "Role").IsUnique();
            b.ToTable("Memberships");
        });

        modelBuilder.Entity("AgreementFlow.Data.Organizations.Organization", b =>
        {
            b.Property<Guid>("Id");
            b.Property<string>("Address").IsRequired().HasMaxLength(500);
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<string>("Email").IsRequired().HasMaxLength(254);
            b.Property<string>("FullName").IsRequired().HasMaxLength(500);
            b.Property<string>("Inn").HasMaxLength(12);
            b.Property<string>("Kind").IsRequired().HasMaxLength(16);
            b.Property<string>("RegionCode").IsRequired().HasMaxLength(8);
            b.Property<string>("ShortName").IsRequired().HasMaxLength(200);
            b.Property<string>("TimeZoneId").IsRequired().HasMaxLength(64);
            b.HasKey("Id");
            b.HasIndex("ShortName").IsUnique();
            b.ToTable("Organizations");
        });

        modelBuilder.Entity("AgreementFlow.Data.Organizations.Person", b =>
        {
            b.Property<Guid>("Id");
            b.Property<DateTime>("CreatedAtUtc");
            b.Property<string>("Email").IsRequired().HasMaxLength(254);
            b.Property<int>("FailedSignInCount");
            b.Property<string>("FullName").IsRequired().HasMaxLength(200);
            b.Property<bool>("IsAdministrator");
            b.Property<DateTime?>("LockoutEndUtc");
            b.Property<string>("PasswordHash").HasMaxLength(256);
            b.Property<string>("Phone").HasMaxLength(32);
            b.Property<string>("PreferredLanguage").IsRequired().HasMaxLength(8);
            b.Property<string>("SecurityStamp").IsRequired().HasMaxLength(64);
            b.HasKey("Id");
            b.HasIndex("Email").IsUnique();
            b.ToTable("People");
        });

        modelBuilder.Entity("AgreementFlow.Data.Organizations.Absence", b =>
        {
            b.HasOne("AgreementFlow.Data.Organizations.Person", "Person").WithMany().HasForeignKey("PersonId").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.HasOne("AgreementFlow.Data.Organizations.Person", "Substitute").WithMany().HasForeignKey("SubstituteId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.Navigation("Person");
            b.Navigation("Substitute");
        });

        modelBuilder.Entity("AgreementFlow.Data.Organizations.EducationProgram", b =>
        {
            b.HasOne("AgreementFlow.Data.Organizations.Organization", "OwnerOrganization").WithMany().HasForeignKey("OwnerOrganizationId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.Navigation("OwnerOrganization");
        });

        modelBuilder.Entity("AgreementFlow.Data.Organizations.Membership", b =>
        {
            b.HasOne("AgreementFlow.Data.Organizations.Organization", "Organization").WithMany("Memberships").HasForeignKey("OrganizationId").OnDelete(DeleteBehavior.Restrict).IsRequired();
            b.HasOne("AgreementFlow.Data.Organizations.Person", "Person").WithMany("Memberships").HasForeignKey("PersonId").OnDelete(DeleteBehavior.Cascade).IsRequired();
            b.Navigation("Organization");
            b.Navigation("Person");
        });

        modelBuilder.Entity("AgreementFlow.Data.Organizations.Organization", b => b.Navigation("Memberships"));
        modelBuilder.Entity("AgreementFlow.Data.Organizations.Person", b => b.Navigation("Memberships"));
    }
}
