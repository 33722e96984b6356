using AgreementFlow.Data.Organizations;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Localization;
using AgreementFlow.Web.Organizations;
using Microsoft.AspNetCore.Mvc;

namespace AgreementFlow.Web.Pages.Admin.People;

public sealed class EditModel(PersonService people, OrganizationService organizations, Texts t) : FormPageModel
{
    /// <summary>How many empty membership rows the form offers beyond the filled ones.</summary>
    public const int SpareRows = 3;

    public static IReadOnlyList<string> Roles { get; } = [.. Enum.GetValues<OrganizationRole>().Select(r => InputRules.JsonName(r))];

    [FromRoute]
    public Guid? Id { get; set; }

    [BindProperty]
    public PersonForm Input { get; set; } = new();

    public IReadOnlyList<OrganizationView> Organizations { get; private set; } = [];

    /// <summary>The form row of each membership sent to the service: errors name the sent index.</summary>
    private int[] _sentRows = [];

    public string? RowError(int row, string field)
    {
        var sent = Array.IndexOf(_sentRows, row);
        return sent < 0 ? null : ErrorFor($"memberships[{sent}].{field}");
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Organizations = await organizations.ListAsync(cancellationToken);
        if (Id is null)
        {
            Input = new PersonForm { PreferredLanguage = SupportedLanguages.Russian }.WithSpareRows();
            return Page();
        }

        var person = await people.FindAsync(Id.Value, cancellationToken);
        if (person is null)
        {
            return NotFound();
        }

        Input = PersonForm.From(person).WithSpareRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        _sentRows = [.. Input.FilledRows()];
        var input = Input.ToInput();
        var result = Id is null
            ? await people.CreateAsync(input, cancellationToken)
            : await people.UpdateAsync(Id.Value, input, cancellationToken);
        if (ShowFailure(result) is { } failure)
        {
            Organizations = await organizations.ListAsync(cancellationToken);
            Input.Password = null;
            Input.WithSpareRows();
            return failure;
        }

        TempData["Notice"] = t.Format("Сотрудник «{0}» сохранён.", result.Value!.FullName);
        return Redirect("/admin/people");
    }

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (Id is null)
        {
            return NotFound();
        }

        var result = await people.DeleteAsync(Id.Value, cancellationToken);
        if (!result.Succeeded)
        {
            Organizations = await organizations.ListAsync(cancellationToken);
            if (await people.FindAsync(Id.Value, cancellationToken) is { } current)
            {
                Input = PersonForm.From(current).WithSpareRows();
            }

            return ShowFailure(result)!;
        }

        TempData["Notice"] = t["Сотрудник удалён."];
        return Redirect("/admin/people");
    }

    public sealed class PersonForm
    {
        public string? FullName { get; set; }

        public string? Email { get; set; }

        public string? Phone { get; set; }

        public string? PreferredLanguage { get; set; }

        public bool IsAdministrator { get; set; }

        public string? Password { get; set; }

        public IList<MembershipRow> Memberships { get; } = new List<MembershipRow>();

        public static PersonForm From(PersonView p)
        {
            ArgumentNullException.ThrowIfNull(p);
            var form = new PersonForm
            {
                FullName = p.FullName,
                Email = p.Email,
                Phone = p.Phone,
                PreferredLanguage = p.PreferredLanguage,
                IsAdministrator = p.IsAdministrator,
            };
            foreach (var m in p.Memberships)
            {
                form.Memberships.Add(new MembershipRow { OrganizationId = m.OrganizationId, Role = m.Role });
            }

            return form;
        }

        /// <summary>Adds empty rows so that the form always offers <see cref="SpareRows"/> of them.</summary>
        public PersonForm WithSpareRows()
        {
            for (var empty = Memberships.Count(m => m.OrganizationId is null); empty < SpareRows; empty++)
            {
                Memberships.Add(new MembershipRow());
            }

            return this;
        }

        /// <summary>The rows with an organisation chosen; an empty organisation means "no membership".</summary>
        public IEnumerable<int> FilledRows() =>
            Enumerable.Range(0, Memberships.Count).Where(row => Memberships[row].OrganizationId is not null);

        public PersonInput ToInput() => new(
            FullName,
            Email,
            Phone,
            PreferredLanguage,
            IsAdministrator,
            Password,
            [.. FilledRows().Select(row => new MembershipInput(Memberships[row].OrganizationId!.Value, Memberships[row].Role))]);
    }

    public sealed class MembershipRow
    {
        public Guid? OrganizationId { get; set; }

        public string? Role { get; set; }
    }
}
