using System.Text.Json.Nodes;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime.Extensions;
using AgreementFlow.Workflows.Runtime.Instances;

namespace AgreementFlow.Web.Workflows.Actions;

/// <summary>
/// <c>notify</c>: queues a message in the outbox for the people of a role of a party
/// (parameter <c>to</c>, e.g. <c>base:coordinator</c>; <c>applicant</c> means the clerk of the applicant
/// organisation, who informs the applicant) with the template named by <c>template</c>.
/// </summary>
internal sealed class NotifyAction(IAssigneeDirectory directory, IOrganizationTimeSource times, TimeProvider clock) : IWorkflowAction
{
    public string Name => "notify";

    public async Task ExecuteAsync(WorkflowActionContext context, CancellationToken cancellationToken)
    {
        var template = context.Parameters.GetValueOrDefault("template") ?? "notify";
        var to = context.Parameters.GetValueOrDefault("to") ?? "base:coordinator";
        // "applicant": the person who applied has no account; the applicant organisation's clerk tells them.
        var parts = to == "applicant" ? ["applicant", "clerk"] : to.Split(':', 2);
        if (parts.Length != 2 || !Enum.TryParse<PartySelector>(parts[0], ignoreCase: true, out var selector))
        {
            throw new InvalidOperationException($"The notify action's 'to' parameter must be 'party:role' (e.g. base:coordinator), not '{to}'.");
        }

        var roles = selector switch
        {
            PartySelector.Base => [PartyRole.Base],
            PartySelector.EachPartner => [PartyRole.Partner],
            PartySelector.Applicant => [PartyRole.Applicant],
            _ => new[] { PartyRole.Base, PartyRole.Partner },
        };
        var now = clock.GetUtcNow();
        var sent = 0;
        foreach (var party in context.Instance.Parties.Where(p => roles.Contains(p.Role)))
        {
            // Who is absent is a matter of the organisation's own date: at 02:00 in Krasnoyarsk it is already tomorrow there.
            var time = await times.GetAsync(party.OrganizationId, cancellationToken);
            var today = DateOnly.FromDateTime(time.Zone.ToLocal(now));
            foreach (var person in await directory.ResolveAsync(party.OrganizationId, parts[1], today, cancellationToken))
            {
                context.Notify(template, person.PersonId, new JsonObject
                {
                    ["template"] = template,
                    ["stage"] = context.Instance.Stage,
                    ["subjectId"] = context.Instance.SubjectId.ToString(),
                    ["actingFor"] = person.ActingForPersonId?.ToString(),
                });
                sent++;
            }
        }

        if (sent == 0)
        {
            throw new InvalidOperationException($"Nobody to notify: no one holds '{to}' in this instance's organisations.");
        }
    }
}
