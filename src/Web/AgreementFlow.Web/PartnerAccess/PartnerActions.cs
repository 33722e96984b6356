using AgreementFlow.Web.Identity;

namespace AgreementFlow.Web.PartnerAccess;

/// <summary>What a link allows follows the person's work: reviewing and approving let them discuss and answer, signing lets them sign.</summary>
public static class PartnerActions
{
    public static IReadOnlyList<PartnerAction> ForTask(string? taskId) => taskId switch
    {
        "sign" => [PartnerAction.View, PartnerAction.Sign],
        null => [PartnerAction.View],
        _ => [PartnerAction.View, PartnerAction.Comment, PartnerAction.Propose, PartnerAction.Answer],
    };

    public static string Format(IEnumerable<PartnerAction> actions) => string.Join(',', actions);

    public static IReadOnlyList<PartnerAction> Parse(string actions) =>
        [.. (actions ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(a => Enum.TryParse<PartnerAction>(a, out var parsed) ? parsed : (PartnerAction?)null).OfType<PartnerAction>()];

    /// <summary>The page a person's work on the agreement is done on (fixed by the issue-8 contract).</summary>
    public static string PageFor(Guid agreementId, string? taskId) =>
        taskId == "sign" ? $"/agreements/{agreementId}/sign" : $"/agreements/{agreementId}/review";
}
