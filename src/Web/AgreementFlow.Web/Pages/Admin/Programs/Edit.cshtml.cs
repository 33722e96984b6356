using AgreementFlow.Data.Organizations;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Localization;
using AgreementFlow.Web.Organizations;
using Microsoft.AspNetCore.Mvc;

namespace AgreementFlow.Web.Pages.Admin.Programs;

public sealed class EditModel(ProgramService programs, OrganizationService organizations, Texts t) : FormPageModel
{
    public static IReadOnlyList<string> Focuses { get; } = [.. Enum.GetValues<ProgramFocus>().Select(f => InputRules.JsonName(f))];

    public static IReadOnlyList<string> Levels { get; } = [.. Enum.GetValues<ProgramLevel>().Select(l => InputRules.JsonName(l))];

    [FromRoute]
    public Guid? Id { get; set; }

    /// <summary>The owner to preselect for a new programme (the list's filter).</summary>
    [FromQuery]
    public Guid? OrganizationId { get; set; }

    [BindProperty]
    public ProgramForm Input { get; set; } = new();

    public IReadOnlyList<OrganizationView> Organizations { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Organizations = await organizations.ListAsync(cancellationToken);
        if (Id is null)
        {
            Input = new ProgramForm { OwnerOrganizationId = OrganizationId, Focus = Focuses[0], Level = Levels[0] };
            return Page();
        }

        var program = await programs.FindAsync(Id.Value, cancellationToken);
        if (program is null)
        {
            return NotFound();
        }

        Input = ProgramForm.From(program);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var input = Input.ToInput();
        var result = Id is null
            ? await programs.CreateAsync(input, cancellationToken)
            : await programs.UpdateAsync(Id.Value, input, cancellationToken);
        if (ShowFailure(result) is { } failure)
        {
            Organizations = await organizations.ListAsync(cancellationToken);
            return failure;
        }

        TempData["Notice"] = t.Format("Программа «{0}» сохранена.", result.Value!.Name);
        return Redirect("/admin/programs");
    }

    public sealed class ProgramForm
    {
        public string? Name { get; set; }

        public Guid? OwnerOrganizationId { get; set; }

        public string? Focus { get; set; }

        public string? Level { get; set; }

        public int? Hours { get; set; }

        public static ProgramForm From(ProgramView p)
        {
            ArgumentNullException.ThrowIfNull(p);
            return new()
            {
                Name = p.Name,
                OwnerOrganizationId = p.OwnerOrganizationId,
                Focus = p.Focus,
                Level = p.Level,
                Hours = p.Hours,
            };
        }

        public ProgramInput ToInput() => new(Name, Focus, Level, Hours, OwnerOrganizationId);
    }
}
