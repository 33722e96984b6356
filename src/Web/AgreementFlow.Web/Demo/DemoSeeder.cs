using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Hosting;
using AgreementFlow.Web.Organizations;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Demo;

/// <summary>Seeds the demo network when <c>Demo:Enabled</c> is on; adds only what is missing, so it can run at every start.</summary>
public sealed class DemoSeeder(
    AgreementFlowDbContext db,
    IPasswordHasher<Person> hasher,
    IOptions<DemoOptions> options,
    TimeProvider clock,
    ILogger<DemoSeeder> logger) : IStartupTask
{
    public int Order => StartupOrder.Demo;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var created = await SeedAsync(cancellationToken);
        logger.LogInformation("Demo data: {Created} rows added", created);
    }

    /// <summary>Adds the demo rows that are missing and returns how many it added.</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var added = 0;
        var organizations = await db.Organizations.ToDictionaryAsync(o => o.ShortName, cancellationToken);
        var ids = new Dictionary<string, Guid>();
        foreach (var demo in DemoDirectory.Organizations)
        {
            if (!organizations.TryGetValue(demo.ShortName, out var organization))
            {
                organization = new Organization
                {
                    Id = Guid.CreateVersion7(now),
                    FullName = demo.FullName,
                    ShortName = demo.ShortName,
                    Kind = demo.Kind,
                    RegionCode = demo.Region,
                    TimeZoneId = demo.TimeZone,
                    Address = demo.Address,
                    Email = $"office@{demo.Key}.demo",
                    Inn = TaxpayerNumber.Complete(demo.InnPrefix),
                    CreatedAtUtc = now.UtcDateTime,
                };
                db.Organizations.Add(organization);
                added++;
            }

            ids[demo.Key] = organization.Id;
        }

        var programs = await db.Programs.Select(p => new { p.OwnerOrganizationId, p.Name }).ToListAsync(cancellationToken);
        foreach (var demo in DemoDirectory.Programs.Where(p => !programs.Any(e => e.OwnerOrganizationId == ids[p.OrganizationKey] && e.Name == p.Name)))
        {
            db.Programs.Add(new EducationProgram
            {
                Id = Guid.CreateVersion7(now),
                Name = demo.Name,
                Focus = demo.Focus,
                Level = demo.Level,
                Hours = demo.Hours,
                OwnerOrganizationId = ids[demo.OrganizationKey],
            });
            added++;
        }

        var people = await db.People.Include(p => p.Memberships).ToDictionaryAsync(p => p.Email, cancellationToken);
        var position = 0;
        foreach (var demo in DemoDirectory.People)
        {
            // People "join" in the listed order: the director of the centre, not its deputy, is the one tasks go to.
            position++;
            if (!people.TryGetValue(demo.Email, out var person))
            {
                person = new Person
                {
                    Id = Guid.CreateVersion7(now),
                    FullName = demo.FullName,
                    Email = demo.Email,
                    Phone = demo.Phone,
                    PreferredLanguage = demo.Language,
                    CreatedAtUtc = now.UtcDateTime.AddMilliseconds(position),
                };
                person.PasswordHash = hasher.HashPassword(person, options.Value.Password);
                db.People.Add(person);
                people[demo.Email] = person;
                added++;
            }

            var organizationId = ids[demo.OrganizationKey];
            if (!person.Memberships.Any(m => m.OrganizationId == organizationId && m.Role == demo.Role))
            {
                person.Memberships.Add(new Membership { Id = Guid.CreateVersion7(now), PersonId = person.Id, OrganizationId = organizationId, Role = demo.Role });
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }
}
