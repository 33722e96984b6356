using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.PartnerAccess;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Outbox;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.PartnerAccess;

/// <summary>
/// The coordinator's side of partner access: naming a contact at each partner, sending (and re-sending) their link with its
/// e-mail, revoking links, and handing the partner's open work to the contact.
/// </summary>
public sealed class PartnerAccessService(
    AgreementFlowDbContext db,
    WorkflowRuntime runtime,
    PartnerLinkIssuer issuer,
    TimeProvider clock,
    Texts t)
{
    public const string MailKind = "partner-link";
    public const string ReassignReason = "partner-contact";

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Who may name contacts and send links: the base's coordinator or director, or an administrator.</summary>
    public static bool MayManage(CurrentUser user, Agreement agreement)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(agreement);
        return !user.IsPartnerSession
            && (user.IsAdministrator || user.HasRole(agreement.BaseOrganizationId, OrganizationRole.Coordinator, OrganizationRole.Director));
    }

    public async Task<CommandResult<PartnerContactsView>> ListAsync(Guid agreementId, CurrentUser user, CancellationToken cancellationToken)
    {
        var (agreement, refusal) = await ManagedAsync<PartnerContactsView>(agreementId, user, cancellationToken);
        if (agreement is null)
        {
            return refusal!;
        }

        var partners = agreement.Parties.Where(p => !p.IsBase).OrderBy(p => p.Position).Select(p => p.OrganizationId).ToList();
        var names = await db.Organizations.AsNoTracking().Where(o => partners.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName, cancellationToken);
        var contacts = await db.PartnerContacts.AsNoTracking().Where(c => c.AgreementId == agreementId).ToListAsync(cancellationToken);
        var personIds = contacts.Select(c => c.PersonId).ToList();
        var withPassword = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id) && p.PasswordHash != null).Select(p => p.Id).ToListAsync(cancellationToken);
        var links = await LinkViewsAsync(db.PartnerLinks.AsNoTracking().Where(l => l.AgreementId == agreementId), cancellationToken);
        var work = await db.TaskAssignments.AsNoTracking().Include(a => a.HumanTask)
            .Where(a => a.InstanceId == agreement.WorkflowInstanceId && (a.Status == AssignmentStatus.Open || a.Status == AssignmentStatus.Waiting))
            .ToListAsync(cancellationToken);
        var assigneeIds = work.Select(a => a.AssigneePersonId).OfType<Guid>().Distinct().ToList();
        var assignees = await db.People.AsNoTracking().Where(p => assigneeIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken);

        var views = partners.Select(org =>
        {
            var contact = contacts.SingleOrDefault(c => c.OrganizationId == org);
            var part = PartOf(work, org);
            return new PartnerView(
                org,
                names.GetValueOrDefault(org) ?? "—",
                contact is null ? null : ContactView(contact, withPassword.Contains(contact.PersonId)),
                part?.HumanTask?.TaskId,
                part?.AssigneePersonId is { } a ? assignees.GetValueOrDefault(a) : null,
                [.. links.Where(l => l.OrganizationId == org)]);
        }).ToList();
        return CommandResult<PartnerContactsView>.Success(new PartnerContactsView(agreement.Id, agreement.Title, agreement.Stage, views));
    }

    /// <summary>
    /// Names (or changes) the contact at a partner. The person is found by e-mail among the partner's staff, or created without
    /// a password with a membership of the given role. A different contact ends the previous contact's links.
    /// </summary>
    public async Task<CommandResult<PartnerContactView>> SetContactAsync(Guid agreementId, PartnerContactInput input, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (agreement, refusal) = await ManagedAsync<PartnerContactView>(agreementId, user, cancellationToken);
        if (agreement is null)
        {
            return refusal!;
        }

        var errors = new FieldErrors();
        var rules = new InputRules(t, errors);
        var organizationId = PartnerOf(agreement, input.OrganizationId, errors);
        var email = rules.Email("email", input.Email, Person.EmailMaxLength) ?? "";
        var fullName = rules.Required("fullName", input.FullName, Person.FullNameMaxLength);
        var role = rules.Choice<OrganizationRole>("role", input.Role);
        if (!errors.IsEmpty)
        {
            return CommandResult<PartnerContactView>.Invalid(errors);
        }

        var now = Now;
        var person = await db.People.Include(p => p.Memberships).SingleOrDefaultAsync(p => p.Email == email, cancellationToken);
        if (person is null)
        {
            person = new Person { Id = Guid.CreateVersion7(clock.GetUtcNow()), FullName = fullName, Email = email, CreatedAtUtc = now };
            person.Memberships.Add(new Membership { Id = Guid.CreateVersion7(clock.GetUtcNow()), OrganizationId = organizationId, Role = role });
            db.People.Add(person);
        }
        else if (person.Memberships.All(m => m.OrganizationId != organizationId))
        {
            errors.Add("email", t["Этот адрес принадлежит человеку другой организации. Укажите сотрудника партнёра."]);
            return CommandResult<PartnerContactView>.Conflict(t["Этот адрес принадлежит человеку другой организации."], errors);
        }

        var contact = await db.PartnerContacts.SingleOrDefaultAsync(c => c.AgreementId == agreementId && c.OrganizationId == organizationId, cancellationToken);
        if (contact is null)
        {
            contact = new PartnerContact
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()), AgreementId = agreementId, OrganizationId = organizationId, PersonId = person.Id,
                Email = email, FullName = fullName, Role = role, CreatedAtUtc = now, UpdatedAtUtc = now, UpdatedByPersonId = user.PersonId,
            };
            db.PartnerContacts.Add(contact);
        }
        else
        {
            if (contact.PersonId != person.Id)
            {
                await RevokeActiveAsync(contact.Id, user.PersonId, "contact-changed", cancellationToken);
            }

            contact.PersonId = person.Id;
            contact.Email = email;
            contact.FullName = fullName;
            contact.Role = role;
            contact.UpdatedAtUtc = now;
            contact.UpdatedByPersonId = user.PersonId;
        }

        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<PartnerContactView>.Success(ContactView(contact, person.PasswordHash is not null));
    }

    /// <summary>
    /// Sends the contact a new link for their current work on the agreement, revoking any earlier one: the link row and its e-mail
    /// (an outbox row) are written together, and when the partner's open part is someone else's it is handed to the contact in the
    /// same transaction (a runtime step, journalled).
    /// </summary>
    public async Task<CommandResult<PartnerLinkView>> SendLinkAsync(Guid agreementId, PartnerLinkInput input, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (agreement, refusal) = await ManagedAsync<PartnerLinkView>(agreementId, user, cancellationToken);
        if (agreement is null)
        {
            return refusal!;
        }

        var errors = new FieldErrors();
        var organizationId = PartnerOf(agreement, input.OrganizationId, errors);
        if (!errors.IsEmpty)
        {
            return CommandResult<PartnerLinkView>.Invalid(errors);
        }

        var contact = await db.PartnerContacts.SingleOrDefaultAsync(c => c.AgreementId == agreementId && c.OrganizationId == organizationId, cancellationToken);
        if (contact is null)
        {
            errors.Add("organizationId", t["Сначала укажите контакт партнёра."]);
            return CommandResult<PartnerLinkView>.NotAllowed(t["У этого партнёра ещё нет контакта."], errors);
        }

        if (agreement.Stage is "active" or "rejected" or "terminated" or "expired" or "archived")
        {
            return CommandResult<PartnerLinkView>.NotAllowed(t["Договор уже не на согласовании и не на подписании: ссылка не нужна."]);
        }

        var work = await db.TaskAssignments.AsNoTracking().Include(a => a.HumanTask)
            .Where(a => a.InstanceId == agreement.WorkflowInstanceId && a.OrganizationId == organizationId
                && (a.Status == AssignmentStatus.Open || a.Status == AssignmentStatus.Waiting))
            .ToListAsync(cancellationToken);
        var part = PartOf(work, organizationId);

        var link = await issuer.IssueAsync(contact, agreement.WorkflowInstanceId, part, part?.HumanTask?.TaskId, user.PersonId, "resent", cancellationToken);

        if (part is not null && part.AssigneePersonId != contact.PersonId)
        {
            // The runtime's step commits the link, its e-mail and the revocations with the reassignment.
            var step = await runtime.ReassignTaskAsync(part.Id, contact.PersonId, user.PersonId, ReassignReason, notify: false, cancellationToken);
            if (!step.Succeeded)
            {
                db.ChangeTracker.Clear();
                return CommandResult<PartnerLinkView>.Conflict(step.Message ?? t["Договор изменился. Обновите страницу и попробуйте ещё раз."]);
            }
        }
        else
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        var view = await LinkViewsAsync(db.PartnerLinks.AsNoTracking().Where(l => l.Id == link.Id), cancellationToken);
        return CommandResult<PartnerLinkView>.Success(view.Single());
    }

    public async Task<CommandResult<PartnerLinkView>> RevokeAsync(Guid linkId, CurrentUser user, CancellationToken cancellationToken)
    {
        var link = await db.PartnerLinks.SingleOrDefaultAsync(l => l.Id == linkId, cancellationToken);
        if (link is null)
        {
            return CommandResult<PartnerLinkView>.NotFound(t["Ссылка не найдена."]);
        }

        var (agreement, refusal) = await ManagedAsync<PartnerLinkView>(link.AgreementId, user, cancellationToken);
        if (agreement is null)
        {
            return refusal!.Outcome == CommandOutcome.NotFound ? CommandResult<PartnerLinkView>.NotFound(t["Ссылка не найдена."]) : refusal;
        }

        if (link.RevokedAtUtc is not null)
        {
            return CommandResult<PartnerLinkView>.Conflict(t["Ссылка уже отозвана."]);
        }

        link.RevokedAtUtc = Now;
        link.RevokedByPersonId = user.PersonId;
        link.RevokedReason = "revoked";
        await db.SaveChangesAsync(cancellationToken);
        var view = await LinkViewsAsync(db.PartnerLinks.AsNoTracking().Where(l => l.Id == link.Id), cancellationToken);
        return CommandResult<PartnerLinkView>.Success(view.Single());
    }

    /// <summary>The partner's part of the current work: its open part first, else the part waiting its turn (sequential signing).</summary>
    private static TaskAssignment? PartOf(IEnumerable<TaskAssignment> work, Guid organizationId) =>
        work.Where(a => a.OrganizationId == organizationId)
            .OrderBy(a => a.Status == AssignmentStatus.Open ? 0 : 1).ThenBy(a => a.Sequence).ThenBy(a => a.CreatedAtUtc)
            .FirstOrDefault();

    private async Task RevokeActiveAsync(Guid contactId, Guid byPersonId, string reason, CancellationToken cancellationToken)
    {
        var now = Now;
        var active = await db.PartnerLinks.Where(l => l.ContactId == contactId && l.RevokedAtUtc == null && l.ExpiresAtUtc > now).ToListAsync(cancellationToken);
        foreach (var link in active)
        {
            link.RevokedAtUtc = now;
            link.RevokedByPersonId = byPersonId;
            link.RevokedReason = reason;
        }
    }

    private Guid PartnerOf(Agreement agreement, Guid? organizationId, FieldErrors errors)
    {
        if (organizationId is not { } id || !agreement.Parties.Any(p => p.OrganizationId == id && !p.IsBase))
        {
            errors.Add("organizationId", t["Выберите организацию-партнёра этого договора."]);
            return Guid.Empty;
        }

        return id;
    }

    private async Task<(Agreement? Agreement, CommandResult<T>? Refusal)> ManagedAsync<T>(Guid agreementId, CurrentUser user, CancellationToken cancellationToken)
    {
        var agreement = await db.Agreements.AsNoTracking().Include(a => a.Parties).SingleOrDefaultAsync(a => a.Id == agreementId, cancellationToken);
        if (agreement is null || (!user.IsAdministrator && !agreement.Parties.Any(p => user.OrganizationIds.Contains(p.OrganizationId))))
        {
            return (null, CommandResult<T>.NotFound(t["Договор не найден."]));
        }

        return MayManage(user, agreement)
            ? (agreement, null)
            : (null, CommandResult<T>.Forbidden(t["Контакты партнёров ведут координатор или директор базовой организации."]));
    }

    private async Task<List<PartnerLinkView>> LinkViewsAsync(IQueryable<PartnerLink> query, CancellationToken cancellationToken)
    {
        var links = await query.OrderByDescending(l => l.CreatedAtUtc).ToListAsync(cancellationToken);
        // The live link first, then the newest.
        links = [.. links.OrderBy(l => l.RevokedAtUtc is null ? 0 : 1).ThenByDescending(l => l.CreatedAtUtc)];
        var messageIds = links.Select(l => l.OutboxMessageId).OfType<Guid>().ToList();
        var messages = await db.OutboxMessages.AsNoTracking().Where(m => messageIds.Contains(m.Id))
            .Select(m => new { m.Id, m.Status, m.SentAtUtc }).ToDictionaryAsync(m => m.Id, cancellationToken);
        var assignmentIds = links.Select(l => l.AssignmentId).OfType<Guid>().ToList();
        var tasks = await db.TaskAssignments.AsNoTracking().Where(a => assignmentIds.Contains(a.Id))
            .Select(a => new { a.Id, a.HumanTask!.TaskId }).ToDictionaryAsync(a => a.Id, a => a.TaskId, cancellationToken);
        var now = Now;
        return [.. links.Select(l =>
        {
            var message = l.OutboxMessageId is { } m ? messages.GetValueOrDefault(m) : null;
            var state = l.RevokedAtUtc is not null ? "revoked"
                : l.ExpiresAtUtc <= now ? "expired"
                : l.FirstOpenedAtUtc is not null ? "opened"
                : message?.Status == OutboxStatus.Sent ? "sent"
                : "queued";
            return new PartnerLinkView(
                l.Id, l.OrganizationId, state, [.. PartnerActions.Parse(l.Actions).Select(a => InputRules.JsonName(a.ToString()))],
                l.AssignmentId is { } a ? tasks.GetValueOrDefault(a) : null,
                l.CreatedAtUtc, l.ExpiresAtUtc, message is null ? null : InputRules.JsonName(message.Status.ToString()), message?.SentAtUtc,
                l.FirstOpenedAtUtc, l.LastOpenedAtUtc, l.OpenCount, l.RevokedAtUtc, l.RevokedReason);
        })];
    }

    private static PartnerContactView ContactView(PartnerContact c, bool hasAccount) =>
        new(c.Id, c.OrganizationId, c.PersonId, c.Email, c.FullName, InputRules.JsonName(c.Role.ToString()), hasAccount);
}
