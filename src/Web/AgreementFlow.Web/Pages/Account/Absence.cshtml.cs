using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Web.Organizations;
using Microsoft.AspNetCore.Mvc;

namespace AgreementFlow.Web.Pages.Account;

/// <summary>The signed-in person records their own absence and who acts for them («и.о.»).</summary>
public sealed class AbsenceModel(AbsenceService absences, CurrentUser me, Texts t) : FormPageModel
{
    [BindProperty]
    public AbsenceForm Input { get; set; } = new();

    public IReadOnlyList<AbsenceView> Absences { get; private set; } = [];

    public IReadOnlyList<ColleagueView> Colleagues { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await absences.CreateAsync(me.PersonId, new AbsenceInput(Input.From, Input.To, Input.SubstituteId, Input.Note), cancellationToken);
        if (ShowFailure(result) is { } failure)
        {
            await LoadAsync(cancellationToken);
            return failure;
        }

        var saved = result.Value!;
        TempData["Notice"] = t.Format("Отсутствие {0:dd.MM.yyyy} – {1:dd.MM.yyyy} записано. Новые задачи в эти дни получит {2} с пометкой «и.о.».", saved.From, saved.To, saved.SubstituteName);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid absenceId, CancellationToken cancellationToken)
    {
        var result = await absences.DeleteAsync(me.PersonId, absenceId, cancellationToken);
        if (!result.Succeeded)
        {
            return NotFound();
        }

        TempData["Notice"] = t["Запись об отсутствии удалена."];
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Absences = await absences.CurrentAndFutureAsync(me.PersonId, cancellationToken);
        Colleagues = await absences.ColleaguesAsync(me.PersonId, cancellationToken);
    }

    public sealed class AbsenceForm
    {
        public DateOnly? From { get; set; }

        public DateOnly? To { get; set; }

        public Guid? SubstituteId { get; set; }

        public string? Note { get; set; }
    }
}
