using System.Globalization;
using AgreementFlow.Web.Calendars;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Calendars;
using Microsoft.AspNetCore.Mvc;

namespace AgreementFlow.Web.Pages.Admin.Calendar;

public sealed class IndexModel(CalendarService calendars, Texts t, TimeProvider clock) : FormPageModel
{
    public const string Federal = RussianFederalCalendar.FederalRegion;

    [BindProperty(SupportsGet = true)]
    public string? Region { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty]
    public string? DaysText { get; set; }

    public CalendarYearView? YearView { get; private set; }

    public IReadOnlyList<CalendarSummaryView> Calendars { get; private set; } = [];

    public static string TagClass(string kind) => kind switch
    {
        "nonWorking" => "nonworking",
        "shortened" => "shortened",
        "working" => "working",
        _ => "",
    };

    public static string FormatDate(DateOnly date) => date.ToString("dd.MM.yyyy, dddd", CultureInfo.CurrentCulture);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        UseDefaults();
        Calendars = await calendars.ListAsync(cancellationToken);
        var result = await calendars.GetYearAsync(Region!, Year!.Value, cancellationToken);
        if (ShowFailure(result) is { } failure)
        {
            return failure;
        }

        YearView = result.Value;
        DaysText = CalendarDaysText.Format(YearView!.Days);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        UseDefaults();
        var parseErrors = new FieldErrors();
        var lines = CalendarDaysText.Parse(DaysText, t, parseErrors);
        IActionResult failure;
        if (!parseErrors.IsEmpty)
        {
            failure = ShowFailure(CommandResult<Unit>.Invalid(parseErrors))!;
        }
        else
        {
            var result = await calendars.ReplaceYearAsync(Region!, Year!.Value, new CalendarYearInput([.. lines.Select(l => l.Day)]), cancellationToken);
            if (result.Succeeded)
            {
                TempData["Notice"] = t.Format("Календарь {0} на {1} год сохранён.", Region, Year);
                return Redirect($"/admin/calendar?region={Region}&year={Year}");
            }

            failure = result.Errors is null
                ? ShowFailure(result)!
                : ShowFailure(CommandResult<Unit>.Invalid(CalendarDaysText.ByLine(result.Errors.ToDictionary(), lines, t)))!;
        }

        Calendars = await calendars.ListAsync(cancellationToken);
        YearView = (await calendars.GetYearAsync(Region!, Year!.Value, cancellationToken)).Value;
        return failure;
    }

    private void UseDefaults()
    {
        Region = string.IsNullOrWhiteSpace(Region) ? Federal : Region.Trim().ToUpperInvariant();
        Year ??= IanaTimeZone.Moscow.ToLocal(clock.GetUtcNow()).Year;
    }
}
