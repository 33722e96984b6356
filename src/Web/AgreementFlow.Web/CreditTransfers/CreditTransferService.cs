using System.Security.Cryptography;
using System.Text.Json.Nodes;
using AgreementFlow.Data.CreditTransfers;
using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Data.Privacy;
using AgreementFlow.Web.Agreements;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Instances;
using Microsoft.EntityFrameworkCore;

namespace AgreementFlow.Web.CreditTransfers;

/// <summary>Records credit-transfer applications, starts their route, reads them (logging access to personal data).</summary>
public sealed class CreditTransferService(
    AgreementFlowDbContext db,
    WorkflowRuntime runtime,
    WorkflowDefinitionRegistry definitions,
    AgreementQueries agreements,
    Texts t,
    TimeProvider clock)
{
    public const string Route = "credit-transfer";
    public const int MaxStudents = 500;
    public const int MaxDocuments = 10;

    public static bool MayRecordFor(CurrentUser user, Guid organizationId) =>
        user.IsAdministrator || user.HasRole(organizationId, OrganizationRole.Clerk, OrganizationRole.Director, OrganizationRole.CommissionMember);

    public async Task<CommandResult<CreditTransferCreated>> CreateAsync(CreditTransferInput input, CurrentUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(user);
        if (input.ApplicantOrganizationId is { } org && !(user.IsAdministrator || user.HasRole(org, OrganizationRole.Clerk)))
        {
            return CommandResult<CreditTransferCreated>.Forbidden(t["Заявления о зачёте регистрирует делопроизводитель организации."]);
        }

        var rules = new InputRules(t, new FieldErrors());
        var errors = rules.Errors;
        if (input.ApplicantOrganizationId is not { } applicantOrg || !await db.Organizations.AnyAsync(o => o.Id == applicantOrg, cancellationToken))
        {
            errors.Add("applicantOrganizationId", t["Укажите организацию, в которую подано заявление."]);
        }

        var kind = rules.Choice<ApplicantKind>("applicant.kind", input.Applicant?.Kind);
        var applicantName = rules.Required("applicant.name", input.Applicant?.Name, 200);
        var sourceName = rules.Required("sourceOrganizationName", input.SourceOrganizationName, 500);
        var programName = rules.Required("sourceProgramName", input.SourceProgramName, 300);
        var targetUnit = rules.Required("targetUnit", input.TargetUnit, 300);
        if (input.RequiredHours is not (>= 1 and <= 10_000))
        {
            errors.Add("requiredHours", t["Объём в часах — целое число от 1 до 10000."]);
        }

        if (input.AgreementId is { } agreementId && !await agreements.Visible(user).AnyAsync(a => a.Id == agreementId, cancellationToken))
        {
            errors.Add("agreementId", t["Такого договора нет среди ваших."]);
        }

        var students = input.Students ?? [];
        if (students.Count == 0)
        {
            errors.Add("students", t["Добавьте хотя бы одного обучающегося."]);
        }
        else if (students.Count > MaxStudents)
        {
            errors.Add("students", t.Format("Не больше {0} обучающихся в одном заявлении.", MaxStudents));
        }

        var transferId = Guid.CreateVersion7(clock.GetUtcNow());
        var rows = new List<CreditTransferStudent>();
        for (var i = 0; i < Math.Min(students.Count, MaxStudents); i++)
        {
            var s = students[i];
            var name = rules.Required($"students[{i}].fullName", s.FullName, 200);
            var result = rules.Required($"students[{i}].result", s.Result, 200);
            if (s.Hours is not (>= 0 and <= 10_000))
            {
                errors.Add($"students[{i}].hours", t["Часы — целое число от 0 до 10000."]);
            }

            if (s.BirthDate is { } born && (born.Year < 1900 || born > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime)))
            {
                errors.Add($"students[{i}].birthDate", t["Проверьте дату рождения."]);
            }

            rows.Add(new CreditTransferStudent
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                CreditTransferId = transferId,
                Position = i,
                FullName = name,
                BirthDate = s.BirthDate,
                Hours = s.Hours ?? 0,
                Result = result,
                Decision = CreditDecision.Pending,
            });
        }

        var documents = ReadDocuments(input.Documents ?? [], transferId, errors);
        if (!errors.IsEmpty)
        {
            return CommandResult<CreditTransferCreated>.Invalid(errors);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var instanceId = Guid.CreateVersion7(clock.GetUtcNow());
        var transfer = new CreditTransfer
        {
            Id = transferId,
            ApplicantOrganizationId = input.ApplicantOrganizationId!.Value,
            ApplicantKind = kind,
            ApplicantName = applicantName,
            SourceOrganizationId = input.SourceOrganizationId,
            SourceOrganizationName = sourceName,
            SourceProgramName = programName,
            TargetUnit = targetUnit,
            RequiredHours = input.RequiredHours!.Value,
            AgreementId = input.AgreementId,
            Stage = "submitted",
            WorkflowInstanceId = instanceId,
            CreatedByPersonId = user.PersonId,
            CreatedAtUtc = now,
            UpdatedAtUtc = now,
        };
        transfer.Students.AddRange(rows);
        transfer.Documents.AddRange(documents);
        db.CreditTransfers.Add(transfer);

        // The route's data holds no names: personal data stays in the application's own rows.
        var data = new JsonObject
        {
            ["students"] = rows.Count,
            ["requiredHours"] = transfer.RequiredHours,
            ["cohort"] = rows.Count > 1,
            ["agreementId"] = input.AgreementId?.ToString(),
        };
        var started = await runtime.StartAsync(new StartWorkflow(Route, SubjectKind.CreditTransfer, transfer.Id,
            [(transfer.ApplicantOrganizationId, PartyRole.Applicant)], data, user.PersonId, null, instanceId), cancellationToken);
        return started.Succeeded
            ? CommandResult<CreditTransferCreated>.Success(new CreditTransferCreated(transfer.Id, started.Stage!, started.Revision!.Value))
            : CommandResult<CreditTransferCreated>.Conflict(started.Message ?? "");
    }

    public async Task<IReadOnlyList<CreditTransferSummary>> ListAsync(CurrentUser user, string? stage, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var organizations = user.OrganizationIds.ToList();
        var query = db.CreditTransfers.AsNoTracking().Where(c => user.IsAdministrator || organizations.Contains(c.ApplicantOrganizationId));
        if (!string.IsNullOrWhiteSpace(stage))
        {
            query = query.Where(c => c.Stage == stage);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var definition = definitions.Latest(Route);
        var rows = await query.OrderByDescending(c => c.CreatedAtUtc).Take(500)
            .Select(c => new { c.Id, c.SourceProgramName, c.TargetUnit, c.Stage, Students = c.Students.Count, c.NearestDueAtUtc, c.CreatedAtUtc })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(c => new CreditTransferSummary(
            c.Id, $"«{c.SourceProgramName}» → {c.TargetUnit}", c.Stage, definition?.FindStage(c.Stage)?.Title.In(Texts.IsEnglish ? "en" : "ru") ?? c.Stage,
            c.Students, c.NearestDueAtUtc, c.NearestDueAtUtc is { } due && due < now, c.CreatedAtUtc))];
    }

    /// <summary>One application with its students; every read is written to the personal-data access log.</summary>
    public async Task<CreditTransferDetails?> FindAsync(CurrentUser user, Guid id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        // The documents' list without their bytes (up to 10 files of 10 MB, which a join with the students would also
        // repeat per student): the files are read one at a time, when opened (DocumentAsync).
        var transfer = await db.CreditTransfers.AsNoTracking().Include(c => c.Students).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (transfer is null || !(user.IsAdministrator || user.OrganizationIds.Contains(transfer.ApplicantOrganizationId)))
        {
            return null;
        }

        var documents = await db.CreditTransferDocuments.AsNoTracking().Where(d => d.CreditTransferId == id)
            .OrderBy(d => d.UploadedAtUtc).ThenBy(d => d.FileName)
            .Select(d => new DocumentView(d.Id, d.FileName, d.ContentType, d.Size, d.Sha256))
            .ToListAsync(cancellationToken);

        await LogAccessAsync(user, id, "view", cancellationToken);

        var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == transfer.WorkflowInstanceId, cancellationToken);
        var definition = definitions.Find(instance.DefinitionId, instance.DefinitionVersion);
        return new CreditTransferDetails(
            transfer.Id, transfer.ApplicantOrganizationId, InputRules.JsonName(transfer.ApplicantKind), transfer.ApplicantName,
            transfer.SourceOrganizationName, transfer.SourceProgramName, transfer.TargetUnit, transfer.RequiredHours, transfer.AgreementId,
            instance.Stage, definition?.FindStage(instance.Stage)?.Title.In(Texts.IsEnglish ? "en" : "ru") ?? instance.Stage, instance.Revision, instance.Id,
            [.. transfer.Students.OrderBy(s => s.Position).Select(s => new StudentView(s.Id, s.FullName, s.BirthDate, s.Hours, s.Result, InputRules.JsonName(s.Decision), s.CreditedHours, s.Reason))],
            documents,
            await agreements.TasksOfAsync(instance.Id, definition, cancellationToken));
    }

    /// <summary>
    /// One supporting document of an application, to open (a справка, a document on education): for the applicant
    /// organisation's staff and administrators, like the application; every opening is written to the personal-data
    /// access log. Null when the application or the document does not exist or is not theirs to see.
    /// </summary>
    public async Task<DocumentFile?> DocumentAsync(CurrentUser user, Guid id, Guid documentId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var applicant = await db.CreditTransfers.AsNoTracking().Where(c => c.Id == id).Select(c => (Guid?)c.ApplicantOrganizationId).SingleOrDefaultAsync(cancellationToken);
        if (applicant is not { } organizationId || !(user.IsAdministrator || user.OrganizationIds.Contains(organizationId)))
        {
            return null;
        }

        var document = await db.CreditTransferDocuments.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId && d.CreditTransferId == id, cancellationToken);
        if (document is null)
        {
            return null;
        }

        await LogAccessAsync(user, id, "download-document", cancellationToken);
        return new DocumentFile(document.FileName, document.ContentType, document.Content);
    }

    /// <summary>Writes that <paramref name="user"/> read the students' data of application <paramref name="id"/> (152-FZ).</summary>
    private async Task LogAccessAsync(CurrentUser user, Guid id, string action, CancellationToken cancellationToken)
    {
        db.PersonalDataAccesses.Add(new PersonalDataAccess
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            PersonId = user.PersonId,
            SubjectKind = "credit-transfer",
            SubjectId = id,
            Action = action,
            AtUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private List<CreditTransferDocument> ReadDocuments(IReadOnlyList<DocumentInput> input, Guid transferId, FieldErrors errors)
    {
        var documents = new List<CreditTransferDocument>();
        if (input.Count > MaxDocuments)
        {
            errors.Add("documents", t.Format("Не больше {0} документов.", MaxDocuments));
            return documents;
        }

        for (var i = 0; i < input.Count; i++)
        {
            var field = $"documents[{i}]";
            var name = Path.GetFileName(input[i].FileName?.Trim() ?? "");
            if (name.Length is 0 or > 255)
            {
                errors.Add($"{field}.fileName", t["Укажите имя файла (до 255 символов)."]);
                continue;
            }

            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(input[i].ContentBase64 ?? "");
            }
            catch (FormatException)
            {
                errors.Add($"{field}.contentBase64", t["Содержимое файла должно быть в Base64."]);
                continue;
            }

            if (bytes.Length == 0 || bytes.Length > CreditTransferDocument.MaxBytes)
            {
                errors.Add($"{field}.contentBase64", t.Format("Файл должен быть непустым и не больше {0} МБ.", CreditTransferDocument.MaxBytes / 1024 / 1024));
                continue;
            }

            var contentType = SniffContentType(bytes);
            if (contentType is null)
            {
                errors.Add($"{field}.contentBase64", t.Format("«{0}» — не PDF и не JPEG (проверено по содержимому файла).", name));
                continue;
            }

            documents.Add(new CreditTransferDocument
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                CreditTransferId = transferId,
                FileName = name,
                ContentType = contentType,
                Size = bytes.Length,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
                Content = bytes,
                UploadedAtUtc = clock.GetUtcNow().UtcDateTime,
            });
        }

        return documents;
    }

    /// <summary>PDF or JPEG by their magic bytes; the name and the declared type are not trusted.</summary>
    public static string? SniffContentType(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith("%PDF-"u8) ? "application/pdf"
        : bytes.Length > 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF ? "image/jpeg"
        : null;
}
