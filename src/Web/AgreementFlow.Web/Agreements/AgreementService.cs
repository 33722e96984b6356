using System.Text.Json.Nodes;
using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Instances;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Agreements;

/// <summary>Drafts agreements and starts their route; who may draft for an organisation is checked here.</summary>
public sealed partial class AgreementService(
    AgreementFlowDbContext db,
    WorkflowRuntime runtime,
    WorkflowDefinitionRegistry definitions,
    Texts t,
    TimeProvider clock)
{
    public const string AgreementRoute = "network-agreement";
    public const string AmendmentRoute = "agreement-amendment";
    private const int MaxDataLength = 64 * 1024;

    /// <summary>Whether <paramref name="user"/> may draft agreements for <paramref name="organizationId"/>: its coordinator or director, or an administrator.</summary>
    public static bool MayDraftFor(CurrentUser user, Guid organizationId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsAdministrator || user.HasRole(organizationId, OrganizationRole.Coordinator, OrganizationRole.Director);
    }

    public async Task<CommandResult<AgreementCreated>> CreateAsync(AgreementInput input, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(user);
        if (input.BaseOrganizationId is { } baseId && !MayDraftFor(user, baseId))
        {
            return CommandResult<AgreementCreated>.Forbidden(t["Договоры организации составляют её координатор или директор."]);
        }

        var validated = await ValidateAsync(input, cancellationToken);
        if (validated.Errors is { } errors)
        {
            return CommandResult<AgreementCreated>.Invalid(errors);
        }

        var draft = validated.Draft!;
        var agreement = AddAgreement(draft, AgreementKind.Agreement, null, null, Guid.CreateVersion7(clock.GetUtcNow()), user.PersonId);
        var started = await StartRouteAsync(agreement, draft, AgreementRoute, user.PersonId, null, cancellationToken);
        return started.Succeeded
            ? CommandResult<AgreementCreated>.Success(new AgreementCreated(agreement.Id, started.Stage!, started.Revision!.Value))
            : CommandResult<AgreementCreated>.Conflict(started.Message ?? t["Не удалось начать маршрут."]);
    }

    /// <summary>A validated draft: the organisations and programmes it names exist.</summary>
    internal sealed record Draft(
        Guid BaseOrganizationId,
        IReadOnlyList<Guid> PartnerIds,
        IReadOnlyList<Guid> ProgramIds,
        DateOnly From,
        DateOnly To,
        string? Title,
        JsonObject Data,
        IReadOnlyDictionary<Guid, string> OrganizationNames,
        IReadOnlyDictionary<Guid, string> ProgramNames);

    internal async Task<(Draft? Draft, FieldErrors? Errors)> ValidateAsync(AgreementInput input, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var partners = (input.PartnerOrganizationIds ?? []).ToList();
        var programs = (input.ProgramIds ?? []).ToList();
        if (input.BaseOrganizationId is null)
        {
            errors.Add("baseOrganizationId", t["Укажите базовую организацию."]);
        }

        if (partners.Count == 0)
        {
            errors.Add("partnerOrganizationIds", t["Укажите хотя бы одну организацию-участника."]);
        }
        else if (partners.Distinct().Count() != partners.Count)
        {
            errors.Add("partnerOrganizationIds", t["Организация-участник указана дважды."]);
        }
        else if (input.BaseOrganizationId is { } b && partners.Contains(b))
        {
            errors.Add("partnerOrganizationIds", t["Базовая организация не может быть и участником."]);
        }

        if (programs.Count == 0)
        {
            errors.Add("programIds", t["Укажите хотя бы одну программу."]);
        }

        if (input.Term?.From is not { } from)
        {
            errors.Add("term.from", t["Укажите дату начала действия договора."]);
            from = default;
        }

        if (input.Term?.To is not { } to)
        {
            errors.Add("term.to", t["Укажите дату окончания действия договора."]);
            to = default;
        }
        else if (input.Term?.From is not null && to <= from)
        {
            errors.Add("term.to", t["Срок действия должен заканчиваться позже, чем начинается."]);
        }

        var title = string.IsNullOrWhiteSpace(input.Title) ? null : input.Title.Trim();
        if (title is { Length: > Agreement.TitleMaxLength })
        {
            errors.Add("title", t.Format("Не длиннее {0} символов (сейчас {1}).", Agreement.TitleMaxLength, title.Length));
        }

        var data = input.Data ?? [];
        if (data.ToJsonString().Length > MaxDataLength)
        {
            errors.Add("data", t["Данные договора слишком велики (больше 64 КБ)."]);
        }

        var organizationIds = partners.Append(input.BaseOrganizationId ?? Guid.Empty).Distinct().ToList();
        var organizations = await db.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id))
            .Select(o => new { o.Id, o.ShortName }).ToDictionaryAsync(o => o.Id, o => o.ShortName, cancellationToken);
        if (input.BaseOrganizationId is { } baseId && !organizations.ContainsKey(baseId))
        {
            errors.Add("baseOrganizationId", t["Такой организации нет."]);
        }

        for (var i = 0; i < partners.Count; i++)
        {
            if (!organizations.ContainsKey(partners[i]))
            {
                errors.Add($"partnerOrganizationIds[{i}]", t["Такой организации нет."]);
            }
        }

        var programNames = await db.Programs.AsNoTracking().Where(p => programs.Contains(p.Id))
            .Select(p => new { p.Id, p.Name }).ToDictionaryAsync(p => p.Id, p => p.Name, cancellationToken);
        for (var i = 0; i < programs.Count; i++)
        {
            if (!programNames.ContainsKey(programs[i]))
            {
                errors.Add($"programIds[{i}]", t["Такой программы нет."]);
            }
        }

        return errors.IsEmpty
            ? (new Draft(input.BaseOrganizationId!.Value, partners, programs.Distinct().ToList(), from, to, title, data, organizations, programNames), null)
            : (null, errors);
    }

    /// <summary>Adds the agreement with its parties and programmes to the context; the step that starts its route saves them together.</summary>
    internal Agreement AddAgreement(Draft draft, AgreementKind kind, Guid? parentId, Guid? batchId, Guid id, Guid createdBy)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var programs = string.Join(", ", draft.ProgramIds.Select(p => $"«{draft.ProgramNames[p]}»"));
        var partners = string.Join(", ", draft.PartnerIds.Select(p => draft.OrganizationNames[p]));
        var title = draft.Title ?? (kind == AgreementKind.Amendment
            ? $"Дополнительное соглашение: {programs} — {partners}"
            : $"Договор о сетевой форме: {programs} — {partners}");
        if (title.Length > Agreement.TitleMaxLength)
        {
            title = title[..(Agreement.TitleMaxLength - 1)] + "…";
        }

        var agreement = new Agreement
        {
            Id = id,
            Kind = kind,
            ParentAgreementId = parentId,
            Title = title,
            SearchText = SearchTextOf(title, null, draft.OrganizationNames.Values),
            BaseOrganizationId = draft.BaseOrganizationId,
            TermFrom = draft.From,
            TermTo = draft.To,
            Data = draft.Data.ToJsonString(),
            Stage = "drafting",
            BatchId = batchId,
            CreatedByPersonId = createdBy,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
        };
        agreement.Parties.Add(new AgreementParty { AgreementId = id, OrganizationId = draft.BaseOrganizationId, IsBase = true, Position = 0 });
        var position = 1;
        foreach (var partner in draft.PartnerIds)
        {
            agreement.Parties.Add(new AgreementParty { AgreementId = id, OrganizationId = partner, IsBase = false, Position = position++ });
        }

        foreach (var program in draft.ProgramIds)
        {
            agreement.Programs.Add(new AgreementProgram { AgreementId = id, ProgramId = program });
        }

        db.Agreements.Add(agreement);
        return agreement;
    }

    internal async Task<StepResult> StartRouteAsync(Agreement agreement, Draft draft, string route, Guid startedBy, Guid? parentInstanceId, CancellationToken cancellationToken)
    {
        var instanceId = Guid.CreateVersion7(clock.GetUtcNow());
        agreement.WorkflowInstanceId = instanceId;
        var data = (JsonObject)draft.Data.DeepClone();
        data["term"] = new JsonObject { ["from"] = draft.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["to"] = draft.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        data["title"] = agreement.Title;
        data["programs"] = new JsonArray([.. draft.ProgramIds.Select(p => (JsonNode)JsonValue.Create(draft.ProgramNames[p])!)]);
        List<(Guid, PartyRole)> parties = [(draft.BaseOrganizationId, PartyRole.Base), .. draft.PartnerIds.Select(p => (p, PartyRole.Partner))];
        var subjectKind = route == AmendmentRoute ? SubjectKind.Amendment : SubjectKind.Agreement;
        return await runtime.StartAsync(new StartWorkflow(route, subjectKind, agreement.Id, parties, data, startedBy, parentInstanceId, instanceId), cancellationToken);
    }

    internal static string SearchTextOf(string title, string? number, IEnumerable<string> names) =>
        string.Join(' ', new[] { title, number ?? "" }.Concat(names)).ToLowerInvariant() is var text && text.Length > 2000 ? text[..2000] : text;

    /// <summary>The title of a stage of the agreement route, in the reader's language.</summary>
    public string StageTitle(string definitionId, string stage) =>
        definitions.Latest(definitionId)?.FindStage(stage)?.Title.In(Texts.IsEnglish ? "en" : "ru") ?? stage;
}
