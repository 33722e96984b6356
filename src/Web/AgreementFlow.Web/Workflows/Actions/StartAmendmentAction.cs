using System.Text.Json.Nodes;
using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Agreements;
using AgreementFlow.Workflows.Runtime.Extensions;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.Workflows.Actions;

/// <summary>
/// <c>start-amendment</c>: drafts an additional agreement to an active one (same parties, programmes and
/// term, linked to it) and starts its own route. Runs in a scope of its own; the amendment's id is the
/// action's id, so a retry after a crash finds it instead of creating a second one.
/// </summary>
internal sealed class StartAmendmentAction(IServiceScopeFactory scopes) : IWorkflowAction
{
    public string Name => "start-amendment";

    public async Task ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>();
        var agreements = scope.ServiceProvider.GetRequiredService<AgreementService>();
        var amendmentId = context.ActionId;
        if (!await db.Agreements.AnyAsync(a => a.Id == amendmentId, cancellationToken))
        {
            var parent = await db.Agreements.AsNoTracking().Include(a => a.Parties).Include(a => a.Programs).AsSingleQuery()
                .SingleAsync(a => a.Id == context.Instance.SubjectId, cancellationToken);
            var (draft, errors) = await agreements.ValidateAsync(new AgreementInput(
                parent.BaseOrganizationId,
                [.. parent.Parties.Where(p => !p.IsBase).OrderBy(p => p.Position).Select(p => p.OrganizationId)],
                [.. parent.Programs.Select(p => p.ProgramId)],
                new TermInput(parent.TermFrom, parent.TermTo),
                null,
                JsonNode.Parse(parent.Data) as JsonObject), cancellationToken);
            if (draft is null)
            {
                throw new InvalidOperationException("The agreement's data no longer makes a valid draft: " +
                    string.Join("; ", errors!.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")));
            }

            var requestedBy = Guid.TryParse(context.Parameters.GetValueOrDefault("requestedBy"), out var by) ? by : parent.CreatedByPersonId;
            var amendment = agreements.AddAgreement(draft, AgreementKind.Amendment, parent.Id, null, amendmentId, requestedBy);
            var started = await agreements.StartRouteAsync(amendment, draft, AgreementService.AmendmentRoute, requestedBy, context.Instance.Id, cancellationToken);
            if (!started.Succeeded)
            {
                throw new InvalidOperationException($"The amendment's route did not start: {started.Message}");
            }
        }

        var amendments = context.Data["amendments"] as JsonArray ?? [];
        if (!amendments.Any(a => a?.GetValue<string>() == amendmentId.ToString()))
        {
            amendments.Add(amendmentId.ToString());
        }

        context.Data["amendments"] = amendments.DeepClone();
    }
}
