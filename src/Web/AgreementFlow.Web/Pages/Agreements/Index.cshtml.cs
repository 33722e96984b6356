using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AgreementFlow.Web.Pages.Agreements;

/// <summary>The coordinator's board: one organisation's agreements, counted by stage, overdue first, with two charts.</summary>
public sealed class IndexModel(
    BoardQueries board, CurrentUser me, Texts t) : PageModel
{
    public const int PageSize = 50;

    /// <summary>The most organisations the overdue chart names; the rest are summed up as one bar.</summary>
    public const int ChartOrganizations = 10;

    private readonly BoardQueries _board = board;

    [BindProperty(SupportsGet = true, Name = "org")]
    public Guid? OrganizationId { get; set; }

    [BindProperty(SupportsGet = true, Name = "stage")]
    public string? Stage { get; set; }

    [BindProperty(SupportsGet = true, Name = "partner")]
    public Guid? PartnerId { get; set; }

    [BindProperty(SupportsGet = true, Name = "program")]
    public Guid? ProgramId { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Text { get; set; }

    /// <summary>The page number; "page" is taken by Razor Pages' own route value.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The organisations whose board the person may open: their own, or every one for an administrator.</summary>
    public IReadOnlyList<OrganizationChoice> Organizations { get; private set; } = [];

    public IReadOnlyList<OrganizationChoice> Partners { get; private set; } = [];

    public IReadOnlyList<ProgramChoice> Programs { get; private set; } = [];

    /// <summary>The stages to count, in route order, with their counts over the board's filters (all but the stage).</summary>
    public IReadOnlyList<(string Id, string Title, int Count)> Stages { get; private set; } = [];

    public int TotalInAllStages { get; private set; }

    public AgreementPage Board { get; private set; } = new([], 0, 1, PageSize, new Dictionary<string, int>());

    public int PageCount => Math.Max(1, (Board.Total + PageSize - 1) / PageSize);

    public string StagesChart { get; private set; } = "";

    public string OverdueChart { get; private set; } = "";

    public bool MayDraft { get; private set; }

    /// <summary>The zone the deadlines are written in: the organisation's, Moscow for all organisations.</summary>
    public string TimeZone { get; private set; } = "Europe/Moscow";

    /// <summary>The list's heading: the chosen stage, or all agreements.</summary>
    public string Heading => Stage is null ? t["Все договоры"] : Stages.Where(s => s.Id == Stage).Select(s => s.Title).FirstOrDefault() ?? Stage;

    public bool HasFilters => PartnerId is not null || ProgramId is not null || !string.IsNullOrWhiteSpace(Text) || !string.IsNullOrWhiteSpace(Stage);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var all = await _board.OrganizationsAsync(cancellationToken);
        Organizations = me.IsAdministrator ? all : [.. all.Where(o => me.OrganizationIds.Contains(o.Id))];
        if (OrganizationId is { } chosen && Organizations.All(o => o.Id != chosen))
        {
            OrganizationId = null;
        }

        // A member opens their own organisation's board; an administrator starts with every organisation.
        OrganizationId ??= me.IsAdministrator
            ? null
            : Organizations.FirstOrDefault(o => AgreementService.MayDraftFor(me, o.Id))?.Id ?? (Organizations.Count > 0 ? Organizations[0].Id : null);
        TimeZone = Organizations.FirstOrDefault(o => o.Id == OrganizationId)?.TimeZone ?? "Europe/Moscow";
        Partners = [.. all.Where(o => o.Id != OrganizationId)];
        Programs = await _board.ProgramsAsync(cancellationToken);
        MayDraft = me.IsAdministrator || Organizations.Any(o => AgreementService.MayDraftFor(me, o.Id));
        if (!me.IsAdministrator && Organizations.Count == 0)
        {
            return;
        }

        Text = string.IsNullOrWhiteSpace(Text) ? null : Text.Trim();
        Stage = string.IsNullOrWhiteSpace(Stage) ? null : Stage.Trim();
        PageNumber = Math.Max(1, PageNumber);
        var filter = new BoardFilter(OrganizationId, PartnerId, ProgramId, Text, Stage, PageNumber, PageSize);
        Board = await _board.PageAsync(me, filter, cancellationToken);
        TotalInAllStages = Board.CountsByStage.Values.Sum();

        var route = _board.RouteStages();
        var known = route.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        Stages = [.. route.Select(s => (s.Id, s.Title, Board.CountsByStage.GetValueOrDefault(s.Id)))
            .Concat(Board.CountsByStage.Where(c => !known.Contains(c.Key)).OrderBy(c => c.Key, StringComparer.Ordinal)
                .Select(c => (c.Key, _board.StageTitle(Data.Agreements.AgreementKind.Agreement, c.Key), c.Value)))];

        StagesChart = BoardCharts.HorizontalBars(
            "chart-stages",
            t["Договоры по этапам"],
            [.. Stages.Select(s => new BoardCharts.Bar(s.Title, s.Count, BoardUrl(stage: s.Id)))],
            "#1f5fbf",
            t["Договоров пока нет."]);

        var overdue = await _board.OverdueTasksByOrganizationAsync(_board.Scope(me, filter), cancellationToken);
        List<BoardCharts.Bar> bars = [.. overdue.Take(ChartOrganizations)
            .Select(o => new BoardCharts.Bar(o.Name, o.Count, o.OrganizationId == OrganizationId ? null : BoardUrl(partner: o.OrganizationId)))];
        if (overdue.Count > ChartOrganizations)
        {
            var rest = overdue.Skip(ChartOrganizations).ToList();
            bars.Add(new BoardCharts.Bar(t.Format("Другие организации ({0})", rest.Count), rest.Sum(o => o.Count)));
        }

        OverdueChart = BoardCharts.HorizontalBars("chart-overdue", t["Просроченные задачи по организациям"], bars, "#b3261e", t["Просроченных задач нет."]);
    }

    /// <summary>The organisation's board without filters.</summary>
    public string ResetUrl => OrganizationId is { } org ? $"/agreements?org={org}" : "/agreements";

    /// <summary>This board's address with the current filters, changing those given (a stage "" clears it).</summary>
    public string BoardUrl(string? stage = null, Guid? partner = null, int page = 1)
    {
        var query = new QueryBuilder();
        if (OrganizationId is { } org)
        {
            query.Add("org", org.ToString());
        }

        if ((stage ?? Stage) is { Length: > 0 } s)
        {
            query.Add("stage", s);
        }

        if ((partner ?? PartnerId) is { } p)
        {
            query.Add("partner", p.ToString());
        }

        if (ProgramId is { } program)
        {
            query.Add("program", program.ToString());
        }

        if (Text is { Length: > 0 } text)
        {
            query.Add("q", text);
        }

        if (page > 1)
        {
            query.Add("p", page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return "/agreements" + query.ToQueryString();
    }
}
