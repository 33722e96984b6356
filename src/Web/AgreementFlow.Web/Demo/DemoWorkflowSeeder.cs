using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.CreditTransfers;
using AgreementFlow.Web.Hosting;
using AgreementFlow.Web.Identity;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Demo;

/// <summary>
/// Makes the demo a lived-in system: the Sayan centre's agreements with its ten schools in every stage
/// (some drafted weeks ago, so overdue), the Izhevsk centre's with its three, and a credit-transfer cohort.
/// Everything goes through the real route, answered by the demo people. Runs once: it does nothing when
/// the centre already has agreements.
/// </summary>
internal sealed class DemoWorkflowSeeder(IServiceProvider services, AgreementFlowDbContext db, IOptions<DemoOptions> options, TimeProvider clock, ILogger<DemoWorkflowSeeder> logger) : IStartupTask
{
    private static readonly string[] Targets = ["drafting", "legal-review", "negotiation", "approval", "signing", "active", "negotiation", "approval", "active", "archived"];

    public int Order => StartupOrder.Demo + 10;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var centre = await db.Organizations.SingleOrDefaultAsync(o => o.ShortName == "МБОУ ДО «Саянский РЦДТ»", cancellationToken);
        if (centre is null || await db.Agreements.AnyAsync(a => a.BaseOrganizationId == centre.Id, cancellationToken))
        {
            return;
        }

        var schools = await db.Organizations.Where(o => o.RegionCode == "24" && o.Kind == OrganizationKind.School).OrderBy(o => o.ShortName).ToListAsync(cancellationToken);
        var programs = await db.Programs.Where(p => p.OwnerOrganizationId == centre.Id).OrderBy(p => p.Name).Select(p => p.Id).ToListAsync(cancellationToken);
        var created = new List<(Guid School, Guid Agreement)>();
        for (var i = 0; i < schools.Count; i++)
        {
            // Drafted 3 to 30 days ago: the early stages' deadlines have passed for some of them.
            var daysAgo = 3 + (i * 3);
            if (await CreateAsync(centre.Id, "coordinator@sayan-cdt.demo", [schools[i].Id], [programs[i % programs.Count]], Targets[i], TimeSpan.FromDays(-daysAgo), cancellationToken) is { } id)
            {
                created.Add((schools[i].Id, id));
            }
        }

        await RecordAsBatchAsync(centre.Id, created, cancellationToken);

        var izhevsk = await db.Organizations.SingleOrDefaultAsync(o => o.ShortName == "МБУ ДО «ЦДТТ»", cancellationToken);
        if (izhevsk is not null)
        {
            var partners = await db.Organizations.Where(o => o.RegionCode == "18" && o.Kind == OrganizationKind.School).Select(o => o.Id).ToListAsync(cancellationToken);
            var izhevskPrograms = await db.Programs.Where(p => p.OwnerOrganizationId == izhevsk.Id).Select(p => p.Id).ToListAsync(cancellationToken);
            await CreateAsync(izhevsk.Id, "coordinator@izh-ctt.demo", partners, izhevskPrograms, "approval", TimeSpan.FromDays(-6), cancellationToken);
        }

        await CreateCohortAsync(centre.Id, schools.First(), cancellationToken);
        logger.LogInformation("Demo agreements and a credit-transfer cohort created");
    }

    /// <summary>The ten agreements as the one batch a coordinator would have sent: its page shows the schools × stages matrix.</summary>
    private async Task RecordAsBatchAsync(Guid centreId, List<(Guid School, Guid Agreement)> created, CancellationToken cancellationToken)
    {
        var coordinator = await db.People.Where(p => p.Email == "coordinator@sayan-cdt.demo").Select(p => p.Id).SingleAsync(cancellationToken);
        var batch = new Data.Agreements.AgreementBatch
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            BaseOrganizationId = centreId,
            CreatedByPersonId = coordinator,
            Request = "{}",
            Status = Data.Agreements.BatchStatus.Completed,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime.AddDays(-30),
            CompletedAtUtc = clock.GetUtcNow().UtcDateTime.AddDays(-30),
        };
        for (var i = 0; i < created.Count; i++)
        {
            batch.Items.Add(new Data.Agreements.AgreementBatchItem
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                BatchId = batch.Id,
                PartnerOrganizationId = created[i].School,
                Position = i,
                AgreementId = created[i].Agreement,
                Status = Data.Agreements.BatchStatus.Completed,
            });
        }

        db.AgreementBatches.Add(batch);
        var ids = created.Select(c => c.Agreement).ToList();
        await db.SaveChangesAsync(cancellationToken);
        await db.Agreements.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(u => u.SetProperty(a => a.BatchId, batch.Id), cancellationToken);
    }

    private async Task<Guid?> CreateAsync(Guid baseId, string coordinatorEmail, List<Guid> partners, List<Guid> programs, string target, TimeSpan shift, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var shifted = new ShiftedTimeProvider(clock, shift);
        var runtime = ActivatorUtilities.CreateInstance<WorkflowRuntime>(scope.ServiceProvider, shifted);
        var agreements = ActivatorUtilities.CreateInstance<AgreementService>(scope.ServiceProvider, runtime, (TimeProvider)shifted);
        var scopedDb = scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>();
        var coordinator = await scopedDb.People.Include(p => p.Memberships).SingleAsync(p => p.Email == coordinatorEmail, cancellationToken);
        var today = DateOnly.FromDateTime(shifted.GetUtcNow().UtcDateTime);
        var created = await agreements.CreateAsync(
            new AgreementInput(baseId, partners, programs, new TermInput(today.AddDays(20), today.AddYears(1)), null,
                new System.Text.Json.Nodes.JsonObject { ["students"] = 15 + partners.Count * 5 }),
            new CurrentUser(SignInService.CreatePrincipal(coordinator)), cancellationToken);
        if (!created.Succeeded)
        {
            logger.LogWarning("Demo agreement not created: {Message}", created.Message);
            return null;
        }

        var instanceId = await scopedDb.Agreements.Where(a => a.Id == created.Value!.Id).Select(a => a.WorkflowInstanceId).SingleAsync(cancellationToken);
        await AdvanceAsync(scope.ServiceProvider, runtime, instanceId, AgreementService.AgreementRoute, target, cancellationToken);
        if (target == "archived")
        {
            var instance = await scopedDb.WorkflowInstances.SingleAsync(i => i.Id == instanceId, cancellationToken);
            var director = await scopedDb.People.SingleAsync(p => p.Email == coordinatorEmail.Replace("coordinator@", "director@", StringComparison.Ordinal), cancellationToken);
            await runtime.RunCommandAsync(instance.Id, "terminate", director.Id, "Программа завершена досрочно по решению сторон", cancellationToken);
        }

        return created.Value!.Id;
    }

    /// <summary>Answers open tasks positively, as their assignees would, until the instance reaches <paramref name="target"/>.</summary>
    private static async Task AdvanceAsync(IServiceProvider scoped, WorkflowRuntime runtime, Guid instanceId, string route, string target, CancellationToken cancellationToken)
    {
        var db = scoped.GetRequiredService<AgreementFlowDbContext>();
        var definition = scoped.GetRequiredService<WorkflowDefinitionRegistry>().Latest(route)!;
        var remarks = 0;
        for (var guard = 0; guard < 50; guard++)
        {
            db.ChangeTracker.Clear();
            var stage = await db.WorkflowInstances.Where(i => i.Id == instanceId).Select(i => i.Stage).SingleAsync(cancellationToken);
            if (stage == target || (target == "archived" && stage == "active"))
            {
                return;
            }

            var open = await db.TaskAssignments.AsNoTracking().Include(a => a.HumanTask)
                .Where(a => a.InstanceId == instanceId && a.Status == AssignmentStatus.Open && a.AssigneePersonId != null)
                .OrderBy(a => a.Sequence).FirstOrDefaultAsync(cancellationToken);
            if (open is null)
            {
                return;
            }

            if (open.HumanTask!.TaskId == Signing.SigningService.SignTask)
            {
                // Signing goes through a recorded signature, as it must for anyone.
                await scoped.GetRequiredService<Signing.SigningService>().SeedSignatureAsync(open.Id, cancellationToken);
                continue;
            }

            var outcomes = definition.GetStage(open.HumanTask!.Stage).FindTask(open.HumanTask.TaskId)!.Outcomes;
            var withRemarks = outcomes.FirstOrDefault(o => o.Id == "approve-with-remarks");
            var outcome = withRemarks is not null && remarks++ == 1 ? withRemarks : outcomes.First(o => !o.Decisive && !o.RequiresComment);
            await runtime.CompleteTaskAsync(new CompleteTask(open.Id, open.AssigneePersonId!.Value, outcome.Id,
                outcome.RequiresComment ? "Уточнить распределение кабинетов в разделе 3" : null), cancellationToken);
        }
    }

    private async Task CreateCohortAsync(Guid centreId, Organization school, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var scopedDb = scope.ServiceProvider.GetRequiredService<AgreementFlowDbContext>();
        var clerk = await scopedDb.People.Include(p => p.Memberships).SingleOrDefaultAsync(p => p.Email == "clerk@asosh1.demo", cancellationToken);
        if (clerk is null)
        {
            return;
        }

        string[] students = ["Алексеев Артём", "Белова Дарья", "Васильев Глеб", "Григорьева Ева", "Дмитриев Захар", "Егорова Злата"];
        var transfers = scope.ServiceProvider.GetRequiredService<CreditTransferService>();
        var created = await transfers.CreateAsync(new CreditTransferInput(
            school.Id,
            new ApplicantInput("parent", "Родители обучающихся 7 «А» класса (коллективное заявление)"),
            [.. students.Select((name, i) => new StudentInput(name, new DateOnly(2013, 1 + i, 10 + i), 72 - (i == 4 ? 30 : 0), i == 4 ? "частично" : "зачтено"))],
            centreId,
            "МБОУ ДО «Саянский районный Центр детского творчества»",
            "Школа проектирования",
            "Внеурочная деятельность: «Проектная мастерская»",
            68,
            null,
            []), new CurrentUser(SignInService.CreatePrincipal(clerk)), cancellationToken);
        if (!created.Succeeded)
        {
            return;
        }

        var instanceId = await scopedDb.CreditTransfers.Where(c => c.Id == created.Value!.Id).Select(c => c.WorkflowInstanceId).SingleAsync(cancellationToken);
        await AdvanceAsync(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<WorkflowRuntime>(), instanceId, CreditTransferService.Route, "comparison", cancellationToken);
    }
}
