using AgreementFlow.Web.Localization;
using AgreementFlow.Web.Organizations;
using Microsoft.AspNetCore.Mvc;

namespace AgreementFlow.Web.Pages.Admin.Organizations;

public sealed class EditModel(OrganizationService organizations, Texts t) : FormPageModel
{
    /// <summary>The zones of Russia, west to east, offered in the form.</summary>
    public static IReadOnlyList<string> RussianTimeZones { get; } =
    [
        "Europe/Kaliningrad", "Europe/Moscow", "Europe/Samara", "Asia/Yekaterinburg", "Asia/Omsk",
        "Asia/Novosibirsk", "Asia/Krasnoyarsk", "Asia/Irkutsk", "Asia/Yakutsk", "Asia/Vladivostok",
        "Asia/Magadan", "Asia/Kamchatka",
    ];

    [FromRoute]
    public Guid? Id { get; set; }

    [BindProperty]
    public OrganizationForm Input { get; set; } = new();

    public IReadOnlyList<string> TimeZones =>
        RussianTimeZones.Contains(Input.TimeZone) || string.IsNullOrEmpty(Input.TimeZone) ? RussianTimeZones : [.. RussianTimeZones, Input.TimeZone];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is null)
        {
            Input = new OrganizationForm { Kind = "school", TimeZone = "Europe/Moscow" };
            return Page();
        }

        var organization = await organizations.FindAsync(Id.Value, cancellationToken);
        if (organization is null)
        {
            return NotFound();
        }

        Input = OrganizationForm.From(organization);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = Input.ToInput();
        var result = Id is null
            ? await organizations.CreateAsync(input, cancellationToken)
            : await organizations.UpdateAsync(Id.Value, input, cancellationToken);
        if (ShowFailure(result) is { } failure)
        {
            return failure;
        }

        TempData["Notice"] = t.Format("Организация «{0}» сохранена.", result.Value!.ShortName);
        return Redirect("/admin/organizations");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (Id is null)
        {
            return NotFound();
        }

        var result = await organizations.DeleteAsync(Id.Value, cancellationToken);
        if (!result.Succeeded)
        {
            var current = await organizations.FindAsync(Id.Value, cancellationToken);
            if (current is not null)
            {
                Input = OrganizationForm.From(current);
            }

            return ShowFailure(result)!;
        }

        TempData["Notice"] = t["Организация удалена."];
        return Redirect("/admin/organizations");
    }

    public sealed class OrganizationForm
    {
        public string? FullName { get; set; }

        public string? ShortName { get; set; }

        public string? Kind { get; set; }

        public string? RegionCode { get; set; }

        public string? TimeZone { get; set; }

        public string? Address { get; set; }

        public string? Email { get; set; }

        public string? Inn { get; set; }

        public static OrganizationForm From(OrganizationView o) => new()
        {
            FullName = o.FullName,
            ShortName = o.ShortName,
            Kind = o.Kind,
            RegionCode = o.RegionCode,
            TimeZone = o.TimeZone,
            Address = o.Address,
            Email = o.Email,
            Inn = o.Inn,
        };

        public OrganizationInput ToInput() => new(FullName, ShortName, Kind, RegionCode, TimeZone, Address, Email, Inn);
    }
}
