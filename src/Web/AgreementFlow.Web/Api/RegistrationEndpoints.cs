using AgreementFlow.Data.Organizations;
using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Web.Registration;

namespace AgreementFlow.Web.Api;

/// <summary><c>/api/registration-journals</c>: an organisation's registration journal, as JSON or CSV, and its number pattern.</summary>
internal static class RegistrationEndpoints
{
    public static IEndpointRouteBuilder MapRegistrationEndpoints(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/registration-journals").WithTags("Registration journals");
        group.MapGet("/{organizationId:guid}", async (Guid organizationId, int? year, string? format, CurrentUser user, RegistrationService registration, AgreementService agreements, Texts t, CancellationToken ct) =>
        {
            if (!CanRead(user, organizationId))
            {
                return ApiResults.Forbidden(t["Журнал регистрации видят сотрудники организации."], t);
            }

            if (year is < 2000 or > 2100)
            {
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["year"] = [t["Год — от 2000 до 2100."]] }, title: t["Проверьте введённые данные."]);
            }

            var journal = await registration.GetJournalAsync(organizationId, year, ct);
            return format switch
            {
                null or "json" => TypedResults.Ok(journal),
                "csv" => TypedResults.File(
                    JournalCsv.Write(journal, l => KindTitle(l, t), l => l.Stage is null ? "" : agreements.StageTitle(l.Kind == Data.Registration.RegisteredDocumentKind.Amendment ? AgreementService.AmendmentRoute : AgreementService.AgreementRoute, l.Stage)),
                    "text/csv; charset=utf-8",
                    $"journal-{year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "all"}.csv"),
                _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["format"] = [t["Формат — json или csv."]] }, title: t["Проверьте введённые данные."]),
            };
        });
        group.MapPut("/{organizationId:guid}", async (Guid organizationId, PatternInput input, CurrentUser user, RegistrationService registration, Texts t, CancellationToken ct) =>
            !CanManage(user, organizationId)
                ? ApiResults.Forbidden(t["Шаблон номера меняют руководитель, делопроизводитель организации или администратор."], t)
                : ApiResults.From(await registration.SetPatternAsync(organizationId, input.Pattern, ct), pattern => TypedResults.Ok(new PatternInput(pattern)), t));
        return api;
    }

    public static bool CanRead(CurrentUser user, Guid organizationId) => user.IsAdministrator || user.HasRole(organizationId);

    public static bool CanManage(CurrentUser user, Guid organizationId) =>
        user.IsAdministrator || user.HasRole(organizationId, OrganizationRole.Director, OrganizationRole.Clerk);

    public static string KindTitle(RegistrationLine line, Texts t) => line.Kind switch
    {
        Data.Registration.RegisteredDocumentKind.Amendment => t["Дополнительное соглашение"],
        Data.Registration.RegisteredDocumentKind.CreditTransferOrder => t["Приказ о зачёте"],
        _ => t["Договор о сетевой форме"],
    };

    internal sealed record PatternInput(string? Pattern);
}
