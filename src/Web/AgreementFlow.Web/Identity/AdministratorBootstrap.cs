using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Identity;

/// <summary>Creates the first administrator from <c>Admin:Email</c>/<c>Admin:Password</c> when there is none.</summary>
/// <remarks>An existing administrator is never touched, so a password changed later stays changed.</remarks>
internal sealed class AdministratorBootstrap(
    AgreementFlowDbContext db,
    IPasswordHasher<Person> hasher,
    IOptions<AdminOptions> options,
    TimeProvider clock,
    ILogger<AdministratorBootstrap> logger) : IStartupTask
{
    public int Order => StartupOrder.Administrator;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.Email) || string.IsNullOrWhiteSpace(options.Value.Password))
        {
            return;
        }

        if (await db.People.AnyAsync(p => p.IsAdministrator, cancellationToken))
        {
            return;
        }

        var email = SignInService.NormalizeEmail(options.Value.Email);
        var person = await db.People.SingleOrDefaultAsync(p => p.Email == email, cancellationToken);
        if (person is null)
        {
            person = new Person
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                FullName = "Администратор",
                Email = email,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            db.People.Add(person);
        }

        person.IsAdministrator = true;
        person.PasswordHash = hasher.HashPassword(person, options.Value.Password);
        person.SecurityStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Created the first administrator {Email}", email);
    }
}
