using System.Text.Json.Nodes;
using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Documents.Rendering;
using AgreementFlow.Documents.Templates;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Documents.Rendering;
using AgreementFlow.Web.Documents.Templates;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Documents.Forms;

/// <summary>
/// The agreement draft form generated from the declared fields of the agreement's template version: what it shows,
/// and saving it into <see cref="Agreement.Data"/> while the agreement is in drafting.
/// </summary>
public sealed class DraftFormService(
    AgreementFlowDbContext db,
    AgreementTemplates templates,
    AgreementTemplateData templateData,
    DocumentRenderer renderer,
    Texts t,
    TimeProvider clock)
{
    /// <summary>Who may edit an agreement's data: the base organisation's coordinator, director or legal staff, or an administrator.</summary>
    public static bool MayEdit(CurrentUser user, Guid baseOrganizationId)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsAdministrator || user.HasRole(baseOrganizationId, OrganizationRole.Coordinator, OrganizationRole.Director, OrganizationRole.Legal);
    }

    /// <summary>The form with the current values; not found when the person may not see the agreement.</summary>
    public async Task<CommandResult<DraftFormView>> GetAsync(CurrentUser user, Guid agreementId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var agreement = await LoadAsync(user, agreementId, cancellationToken);
        return agreement is null
            ? CommandResult<DraftFormView>.NotFound(t["Договор не найден."])
            : CommandResult<DraftFormView>.Success(await ViewAsync(user, agreement, cancellationToken));
    }

    /// <summary>Checks and stores the editable fields; nothing changes on any problem.</summary>
    public async Task<CommandResult<DraftFormView>> SaveAsync(CurrentUser user, Guid agreementId, DraftDataInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(input);
        var agreement = await LoadAsync(user, agreementId, cancellationToken);
        if (agreement is null)
        {
            return CommandResult<DraftFormView>.NotFound(t["Договор не найден."]);
        }

        if (!MayEdit(user, agreement.BaseOrganizationId))
        {
            return CommandResult<DraftFormView>.Forbidden(t["Данные договора меняют координатор, директор или юрист базовой организации."]);
        }

        if (agreement.Stage != StatutoryDraftingGuard.DraftingStage)
        {
            return CommandResult<DraftFormView>.Conflict(t["Договор уже не на этапе составления проекта: его данные больше не меняются."]);
        }

        var template = await templates.ForAsync(agreement, cancellationToken);
        var fields = template?.Content.Fields.Where(f => !SystemFilledFields.Contains(f.Name)).ToList() ?? [];
        var values = input.Values ?? [];
        var errors = new FieldErrors();
        foreach (var name in values.Keys.Where(k => fields.All(f => f.Name != k)))
        {
            errors.Add(name, SystemFilledFields.Contains(name)
                ? t["Это поле заполняется из справочника и здесь не меняется."]
                : t["В шаблоне договора нет такого поля."]);
        }

        var parser = new DraftValueParser(t);
        var data = JsonNode.Parse(agreement.Data) as JsonObject ?? [];
        foreach (var field in fields)
        {
            var value = parser.Parse(field, values.GetValueOrDefault(field.Name), field.Name, errors);
            DataPath.Set(data, field.Name, value);
            if (field.Name == "studentsCount")
            {
                // The agreement page and the old form call the head count "students".
                DataPath.Set(data, "students", value?.DeepClone());
            }
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<DraftFormView>.Invalid(errors);
        }

        var tracked = await db.Agreements.SingleAsync(a => a.Id == agreement.Id, cancellationToken);
        tracked.Data = data.ToJsonString();
        tracked.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        agreement.Data = tracked.Data;
        return CommandResult<DraftFormView>.Success(await ViewAsync(user, agreement, cancellationToken));
    }

    private async Task<Agreement?> LoadAsync(CurrentUser user, Guid agreementId, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.Parties).Include(a => a.Programs).AsSingleQuery()
            .SingleOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
        if (agreement is null)
        {
            return null;
        }

        // Whoever belongs to a party of the agreement sees it (as the agreement page does).
        return user.IsAdministrator || agreement.Parties.Any(p => user.OrganizationIds.Contains(p.OrganizationId)) ? agreement : null;
    }

    private async Task<DraftFormView> ViewAsync(CurrentUser user, Agreement agreement, CancellationToken cancellationToken)
    {
        var template = await templates.ForAsync(agreement, cancellationToken);
        var own = JsonNode.Parse(agreement.Data) as JsonObject ?? [];
        var all = await templateData.BuildAsync(agreement, null, cancellationToken);
        var drafting = agreement.Stage == StatutoryDraftingGuard.DraftingStage;
        var fields = (template?.Content.Fields ?? []).Select(f => ToView(f, own, all)).ToList();
        var checklist = new List<DraftChecklistItem>();
        foreach (var field in fields.Where(f => f.Editable && f.Required && IsEmpty(f.Value)))
        {
            checklist.Add(new DraftChecklistItem(t.Format("Заполните поле «{0}».", field.Label), false));
        }

        if (template is not null && StatutoryTemplates.Applies(template.Template.Key))
        {
            var coverage = renderer.CheckStatutory(template.Content, all);
            var language = Texts.IsEnglish ? "en" : "ru";
            checklist.AddRange(StatutoryItems.All.Select(item => coverage.Missing.Contains(item)
                ? new DraftChecklistItem(StatutoryItems.Missing(item, language), false)
                : new DraftChecklistItem(StatutoryItems.Describe(item, language), true)));
        }

        return new DraftFormView(
            agreement.Id, agreement.Stage, drafting, drafting && MayEdit(user, agreement.BaseOrganizationId),
            template?.Template.Title, template?.Version.Version, fields, checklist);
    }

    private static DraftFormField ToView(TemplateField field, JsonObject own, JsonObject all)
    {
        var editable = !SystemFilledFields.Contains(field.Name);
        var value = DataPath.Get(editable ? own : all, field.Name);
        if (editable && value is null && field.Name == "studentsCount")
        {
            value = own["students"];
        }

        var columns = field.Columns?.Select(c => new DraftFormField(c.Name, TypeName(c.Type), c.Label, c.Required, editable, null, null)).ToList();
        return new DraftFormField(field.Name, TypeName(field.Type), field.Label, field.Required, editable, value?.DeepClone(), columns);
    }

    private static bool IsEmpty(JsonNode? value) => value is null || value is JsonArray { Count: 0 } || value.ToJsonString() == "\"\"";

    private static string TypeName(FieldType type) => type.ToString().ToLowerInvariant();
}
