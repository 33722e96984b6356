using AgreementFlow.Data.Calendars;
using AgreementFlow.Data.Organizations;
using AgreementFlow.Workflows.Calendars;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Data.Persistence;

/// <summary>
/// The one EF Core model of AgreementFlow, the same on SQLite and PostgreSQL. Its schema is built by the
/// hand-written migrations in <c>Migrations/</c>; a test holds the two equal on both databases.
/// </summary>
public sealed class AgreementFlowDbContext(DbContextOptions<AgreementFlowDbContext> options) : DbContext(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Absence> Absences => Set<Absence>();

    public DbSet<EducationProgram> Programs => Set<EducationProgram>();

    public DbSet<CalendarDay> CalendarDays => Set<CalendarDay>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Instants are UTC everywhere; SQLite hands them back unspecified and PostgreSQL refuses local ones.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();

        // Enums are stored by name: readable in SQL on both databases, stable when members are reordered.
        configurationBuilder.Properties<OrganizationKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<OrganizationRole>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ProgramFocus>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<ProgramLevel>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<CalendarDayKind>().HaveConversion<string>().HaveMaxLength(16);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AgreementFlowDbContext).Assembly);
    }
}
