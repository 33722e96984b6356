using System.Net.Http.Json;
using System.Text.Json;
using AgreementFlow.TestSupport;

namespace AgreementFlow.Web.Tests.Api;

/// <summary>
/// Two organisations arranged through the admin API: A with a programme and a member, B with one person
/// in every role. The matrix asks what B's people (and strangers) may do to A's data.
/// </summary>
public sealed class AuthorizationWorld
{
    public const string Password = "Matrix-Password-1";

    public static readonly string[] Roles = ["director", "legal", "coordinator", "clerk", "commissionMember"];

    private readonly Dictionary<string, HttpClient> _clients = [];

    private AuthorizationWorld(AgreementFlowApp app) => App = app;

    public AgreementFlowApp App { get; }

    public HttpClient Admin { get; private set; } = null!;

    public Guid OrganizationA { get; private set; }

    public Guid OrganizationB { get; private set; }

    public Guid ProgramOfA { get; private set; }

    public Guid PersonOfA { get; private set; }

    public string CoordinatorOfA => $"coordinator-a-{Suffix}@matrix.test";

    public string Suffix { get; } = Guid.NewGuid().ToString("N")[..8];

    public static async Task<AuthorizationWorld> CreateAsync(AgreementFlowApp app)
    {
        var world = new AuthorizationWorld(app) { Admin = await app.SignInAsAdminAsync() };
        world.OrganizationA = await world.CreateOrganizationAsync("Школа A");
        world.OrganizationB = await world.CreateOrganizationAsync("Школа B");
        world.ProgramOfA = await world.CreateProgramAsync(world.OrganizationA);
        world.PersonOfA = await world.CreatePersonAsync(world.CoordinatorOfA, world.OrganizationA, "coordinator");
        foreach (var role in Roles)
        {
            await world.CreatePersonAsync(world.EmailOfB(role), world.OrganizationB, role);
        }

        return world;
    }

    public string EmailOfB(string role) => $"{role.ToLowerInvariant()}-b-{Suffix}@matrix.test";

    /// <summary>The client of a principal: "anonymous", "admin", or a role of organisation B.</summary>
    public async Task<HttpClient> ClientAsync(string principal)
    {
        if (!_clients.TryGetValue(principal, out var client))
        {
            client = principal switch
            {
                "anonymous" => App.CreateAnonymousClient(),
                "admin" => Admin,
                _ => await App.SignInAsync(EmailOfB(principal), Password),
            };
            _clients[principal] = client;
        }

        return client;
    }

    public async Task<Guid> CreateOrganizationAsync(string name)
    {
        var response = await Admin.PostAsJsonAsync("/api/organizations", new
        {
            fullName = $"МБОУ «{name}» {Guid.NewGuid():N}",
            shortName = $"{name} {Guid.NewGuid():N}"[..40],
            kind = "school",
            regionCode = "24",
            timeZone = "Asia/Krasnoyarsk",
        });
        return await IdOfAsync(response);
    }

    public async Task<Guid> CreateProgramAsync(Guid owner)
    {
        var response = await Admin.PostAsJsonAsync("/api/programs", ProgramBody(owner));
        return await IdOfAsync(response);
    }

    public async Task<Guid> CreatePersonAsync(string email, Guid organization, string role)
    {
        var response = await Admin.PostAsJsonAsync("/api/people", new
        {
            fullName = "Тестовый Сотрудник",
            email,
            password = Password,
            memberships = new[] { new { organizationId = organization, role } },
        });
        return await IdOfAsync(response);
    }

    public static object ProgramBody(Guid owner) => new
    {
        name = "Школа проектирования " + Guid.NewGuid().ToString("N")[..6],
        focus = "socialAndHumanitarian",
        level = "basic",
        hours = 72,
        ownerOrganizationId = owner,
    };

    public static async Task<Guid> IdOfAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Arranging failed with {(int)response.StatusCode}: {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();
    }
}
