using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Documents;
using AgreementFlow.Data.Organizations;
using AgreementFlow.Data.Persistence;
using AgreementFlow.Data.Signing;
using AgreementFlow.Documents.Rendering;
using AgreementFlow.Web.Common;
using AgreementFlow.Web.Documents.Pdf;
using AgreementFlow.Web.Identity;
using AgreementFlow.Web.Localization;
using AgreementFlow.Workflows.Runtime;
using AgreementFlow.Workflows.Runtime.Outbox;
using AgreementFlow.Workflows.Runtime.Tasks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Signing;

/// <summary>
/// Signing an agreement: each party's method, one-time codes, uploads of qualified signatures and signed scans. A signature
/// is recorded in the same transaction as the answer <c>sign</c> to the signer's part of the sign task (the runtime's step
/// saves the scoped context, signature included); <see cref="SigningOutcomeGuard"/> refuses that answer without one.
/// </summary>
public sealed partial class SigningService(
    AgreementFlowDbContext db,
    WorkflowRuntime runtime,
    PdfRequests pdfQueue,
    IPdfConverter converter,
    SigningCodeMail codeMail,
    SigningMailWake wake,
    IOptions<SigningOptions> options,
    TimeProvider clock,
    Texts t)
{
    /// <summary>The task and outcome of the routes that a signature stands behind.</summary>
    public const string SignTask = "sign";

    private static readonly HashSet<string> ClosedStages = new(StringComparer.Ordinal) { "active", "expired", "terminated", "rejected", "archived" };

    /// <summary>What the signing page shows; not found when the agreement does not exist, forbidden when the person is of no party.</summary>
    public async Task<CommandResult<SigningState>> StateAsync(CurrentUser user, Guid agreementId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (agreement, refusal) = await AccessAsync<SigningState>(user, agreementId, cancellationToken);
        if (agreement is null)
        {
            return refusal!;
        }

        var document = await DocumentAsync(agreement.Id, requestPdf: agreement.Stage == "signing", cancellationToken);
        var task = await SignTaskAsync(agreement.WorkflowInstanceId, cancellationToken);
        var signatures = await SignaturesAsync(agreement.Id, cancellationToken);
        var parties = await PartiesAsync(agreement, task, signatures, cancellationToken);
        var files = await db.SigningFiles.AsNoTracking().Where(f => f.AgreementId == agreement.Id).OrderBy(f => f.CreatedAtUtc)
            .Select(f => new SigningFileView(f.Id, f.Kind, f.Name, f.ContentType, f.Sha256, f.Length)).ToListAsync(cancellationToken);

        var me = user.PersonId;
        var mine = task?.Assignments.FirstOrDefault(a => a.AssigneePersonId == me && a.Status == AssignmentStatus.Open);
        var later = mine is null && task?.Assignments.Any(a => a.Status == AssignmentStatus.Waiting && MayHold(user, a)) == true;
        SigningMethod? myMethod = null;
        string? actingFor = null;
        DateTime? codeExpires = null;
        if (mine is not null)
        {
            myMethod = parties.First(p => p.OrganizationId == mine.OrganizationId).Method;
            actingFor = mine.ActingForPersonId is { } absent
                ? await db.People.AsNoTracking().Where(p => p.Id == absent).Select(p => p.FullName).SingleOrDefaultAsync(cancellationToken)
                : null;
            var now = clock.GetUtcNow().UtcDateTime;
            codeExpires = await db.SigningCodes.AsNoTracking()
                .Where(c => c.AssignmentId == mine.Id && c.PersonId == me && c.Status == SigningCodeStatus.Pending && c.ExpiresAtUtc > now)
                .OrderByDescending(c => c.CreatedAtUtc).Select(c => (DateTime?)c.ExpiresAtUtc).FirstOrDefaultAsync(cancellationToken);
        }

        return CommandResult<SigningState>.Success(new SigningState(
            agreement.Id, agreement.Title, agreement.Number, agreement.Stage, document, parties, signatures, files,
            mine?.Id, myMethod, actingFor, later, codeExpires, MayChooseMethods(user, agreement) && !ClosedStages.Contains(agreement.Stage)));
    }

    /// <summary>The base's coordinator (or an administrator) sets how a party signs; not once that party has signed.</summary>
    public async Task<CommandResult<SigningMethod>> ChooseMethodAsync(CurrentUser user, Guid agreementId, Guid? organizationId, SigningMethod? method, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (agreement, refusal) = await AccessAsync<SigningMethod>(user, agreementId, cancellationToken);
        if (agreement is null)
        {
            return refusal!;
        }

        if (!MayChooseMethods(user, agreement))
        {
            return CommandResult<SigningMethod>.Forbidden(t["Способ подписания выбирает координатор базовой организации."]);
        }

        var errors = new FieldErrors();
        if (organizationId is not { } party || agreement.Parties.All(p => p.OrganizationId != party))
        {
            errors.Add("organizationId", t["Выберите сторону договора."]);
        }

        if (method is null || !Enum.IsDefined(method.Value))
        {
            errors.Add("method", t["Выберите способ: simple, qualified или paper."]);
        }

        if (!errors.IsEmpty)
        {
            return CommandResult<SigningMethod>.Invalid(errors);
        }

        if (ClosedStages.Contains(agreement.Stage))
        {
            return CommandResult<SigningMethod>.Conflict(t["Договор уже подписан или закрыт: способ подписания не меняется."]);
        }

        var task = await SignTaskAsync(agreement.WorkflowInstanceId, cancellationToken);
        var signedIds = task is null ? [] : task.Assignments.Select(a => a.Id).ToList();
        if (await db.Signatures.AnyAsync(s => s.AgreementId == agreement.Id && s.OrganizationId == organizationId && signedIds.Contains(s.AssignmentId), cancellationToken))
        {
            return CommandResult<SigningMethod>.Conflict(t["Эта сторона уже подписала договор: способ подписания не меняется."]);
        }

        var choice = await db.SigningMethodChoices.SingleOrDefaultAsync(c => c.AgreementId == agreement.Id && c.OrganizationId == organizationId, cancellationToken);
        if (choice is null)
        {
            choice = new SigningMethodChoice { AgreementId = agreement.Id, OrganizationId = organizationId!.Value };
            db.SigningMethodChoices.Add(choice);
        }

        choice.Method = method!.Value;
        choice.ChosenByPersonId = user.PersonId;
        choice.ChosenAtUtc = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        return CommandResult<SigningMethod>.Success(choice.Method);
    }

    /// <summary>Sends the signer a fresh code for the final document (simple e-signature), within the rate limit.</summary>
    public async Task<CodeRequestOutcome> RequestCodeAsync(CurrentUser user, Guid agreementId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var actor = await ActorAsync(user, agreementId, cancellationToken);
        if (actor.Refusal is { } refused)
        {
            return new(Relay<CodeSent>(refused), null);
        }

        if (actor.Method != SigningMethod.Simple)
        {
            return new(CommandResult<CodeSent>.NotAllowed(MethodMismatch(actor.Method)), null);
        }

        var document = await DocumentAsync(agreementId, requestPdf: true, cancellationToken);
        if (DocumentNotReady<CodeSent>(document) is { } notReady)
        {
            return new(notReady, null);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var settings = options.Value;
        var me = user.PersonId;
        var recent = await db.SigningCodes.AsNoTracking()
            .Where(c => c.PersonId == me && c.AgreementId == agreementId && c.CreatedAtUtc > now.AddHours(-1))
            .Select(c => c.CreatedAtUtc).ToListAsync(cancellationToken);
        var lastMinute = recent.Where(at => at > now.AddMinutes(-1)).OrderBy(at => at).ToList();
        if (lastMinute.Count >= settings.CodesPerMinute)
        {
            var wait = lastMinute[0].AddMinutes(1) - now;
            return new(CommandResult<CodeSent>.Conflict(t.Format("Код уже отправлен. Новый можно запросить через {0} с.", Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)))), wait);
        }

        if (recent.Count >= settings.CodesPerHour)
        {
            var wait = recent.Min().AddHours(1) - now;
            return new(CommandResult<CodeSent>.Conflict(t.Format("За час можно запросить не больше {0} кодов. Попробуйте через {1} мин.", settings.CodesPerHour, Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)))), wait);
        }

        foreach (var older in await db.SigningCodes.Where(c => c.PersonId == me && c.AgreementId == agreementId && c.Status == SigningCodeStatus.Pending).ToListAsync(cancellationToken))
        {
            older.Status = SigningCodeStatus.Superseded;
        }

        var code = OneTimeCode.New();
        var salt = OneTimeCode.NewSalt();
        var expires = now.AddMinutes(settings.CodeValidityMinutes);
        db.SigningCodes.Add(new SigningCode
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            AgreementId = agreementId,
            AssignmentId = actor.Assignment!.Id,
            PersonId = me,
            Salt = salt,
            CodeHash = OneTimeCode.Hash(salt, code),
            DocumentVersion = document!.Version,
            DocumentSha256 = document.Sha256!,
            Status = SigningCodeStatus.Pending,
            CreatedAtUtc = now,
            ExpiresAtUtc = expires,
        });
        db.OutboxMessages.Add(new OutboxMessage
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            Kind = SigningCodeMail.Kind,
            InstanceId = actor.Agreement!.WorkflowInstanceId,
            RecipientPersonId = me,
            Payload = codeMail.Payload(agreementId, code, document.Version, document.Sha256!, expires).ToJsonString(),
            CreatedAtUtc = now,
            AvailableAtUtc = now,
        });
        await db.SaveChangesAsync(cancellationToken);
        await wake.WakeAsync(cancellationToken);

        var email = await db.People.AsNoTracking().Where(p => p.Id == me).Select(p => p.Email).SingleAsync(cancellationToken);
        return new(CommandResult<CodeSent>.Success(new CodeSent(Mask(email), expires, document.Version, document.Sha256!)), null);
    }

    /// <summary>Signs with the e-mailed code: right code, not expired, not locked, for the document as it is now.</summary>
    public async Task<CommandResult<SignatureView>> SignWithCodeAsync(CurrentUser user, Guid agreementId, string? code, SignerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var entered = code?.Trim() ?? "";
        if (entered.Length != 6 || !entered.All(char.IsAsciiDigit))
        {
            return Invalid<SignatureView>("code", t["Введите шесть цифр кода из письма."]);
        }

        var actor = await ActorAsync(user, agreementId, cancellationToken);
        if (actor.Refusal is { } refused)
        {
            return Relay<SignatureView>(refused);
        }

        if (actor.Method != SigningMethod.Simple)
        {
            return CommandResult<SignatureView>.NotAllowed(MethodMismatch(actor.Method));
        }

        var me = user.PersonId;
        var stored = await db.SigningCodes.Where(c => c.PersonId == me && c.AgreementId == agreementId && c.AssignmentId == actor.Assignment!.Id)
            .OrderByDescending(c => c.CreatedAtUtc).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (stored is null || stored.Status is SigningCodeStatus.Used or SigningCodeStatus.Superseded)
        {
            return CommandResult<SignatureView>.NotAllowed(t["Сначала запросите код: нажмите «Подписать», и он придёт на вашу почту."]);
        }

        if (stored.Status == SigningCodeStatus.Locked)
        {
            return CommandResult<SignatureView>.NotAllowed(t.Format("Код заблокирован после {0} неверных попыток. Запросите новый код.", options.Value.MaxCodeAttempts));
        }

        if (stored.ExpiresAtUtc <= now)
        {
            return CommandResult<SignatureView>.NotAllowed(t.Format("Срок действия кода истёк ({0} мин.). Запросите новый код.", options.Value.CodeValidityMinutes));
        }

        if (!OneTimeCode.Matches(stored.Salt, stored.CodeHash, entered))
        {
            stored.FailedAttempts++;
            var left = options.Value.MaxCodeAttempts - stored.FailedAttempts;
            if (left <= 0)
            {
                stored.Status = SigningCodeStatus.Locked;
            }

            await db.SaveChangesAsync(cancellationToken);
            return left <= 0
                ? CommandResult<SignatureView>.NotAllowed(t.Format("Код заблокирован после {0} неверных попыток. Запросите новый код.", options.Value.MaxCodeAttempts))
                : Invalid<SignatureView>("code", t.Format("Неверный код. Осталось попыток: {0}.", left));
        }

        var document = await DocumentAsync(agreementId, requestPdf: false, cancellationToken);
        if (document is null || document.Version != stored.DocumentVersion || document.Sha256 != stored.DocumentSha256)
        {
            stored.Status = SigningCodeStatus.Superseded;
            await db.SaveChangesAsync(cancellationToken);
            return CommandResult<SignatureView>.Conflict(t.Format(
                "Код был выдан для версии {0} документа, а документ изменился (сейчас версия {1}). Прочитайте новую версию и запросите новый код.",
                stored.DocumentVersion, document?.Version.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "—"));
        }

        stored.Status = SigningCodeStatus.Used;
        return await RecordAndCompleteAsync(actor, SigningMethod.Simple, document, context, null, null, SignatureVerification.NotApplicable, null, cancellationToken);
    }

    /// <summary>Signs by upload: a detached CMS signature over the final PDF (qualified), or the signed paper copy's scan.</summary>
    public async Task<CommandResult<SignatureView>> UploadAsync(CurrentUser user, Guid agreementId, SigningUpload? upload, SignerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (upload is null || upload.Content.Length == 0)
        {
            return Invalid<SignatureView>("file", t["Файл пуст или не выбран: приложите файл подписи (.sig, .p7s) или скан подписанного экземпляра."]);
        }

        if (upload.Content.LongLength > options.Value.MaxUploadBytes)
        {
            return Invalid<SignatureView>("file", t.Format("Файл больше допустимого: не более {0} МБ.", options.Value.MaxUploadBytes / (1024 * 1024)));
        }

        var actor = await ActorAsync(user, agreementId, cancellationToken);
        if (actor.Refusal is { } refused)
        {
            return Relay<SignatureView>(refused);
        }

        if (actor.Method == SigningMethod.Simple)
        {
            return CommandResult<SignatureView>.NotAllowed(MethodMismatch(actor.Method));
        }

        var document = await DocumentAsync(agreementId, requestPdf: true, cancellationToken);
        if (DocumentNotReady<SignatureView>(document) is { } notReady)
        {
            return notReady;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var name = SafeName(upload.FileName);
        if (actor.Method == SigningMethod.Qualified)
        {
            if (document!.Format != "pdf")
            {
                return CommandResult<SignatureView>.Conflict(t["PDF документа на этом сервере не формируется: квалифицированную подпись поставить не над чем. Попросите координатора выбрать другой способ."]);
            }

            var pdf = await db.Set<AgreementDocument>().AsNoTracking().Where(d => d.AgreementId == agreementId && d.Version == document.Version)
                .Select(d => d.Pdf!).SingleAsync(cancellationToken);
            var inspection = CmsInspector.Inspect(upload.Content, pdf);
            if (inspection.Error is { } error)
            {
                return Invalid<SignatureView>("file", t[error]);
            }

            var file = NewFile(agreementId, SigningFile.SignatureKind, name, "application/pkcs7-signature", upload.Content, user.PersonId, now);
            return await RecordAndCompleteAsync(actor, SigningMethod.Qualified, document, context, file, inspection.Subject, inspection.Verification, inspection.Note, cancellationToken);
        }

        var type = ScanFormat.Detect(upload.Content);
        if (type is null)
        {
            return Invalid<SignatureView>("file", t["Скан должен быть PDF или JPEG: по содержимому файл не является ни тем, ни другим."]);
        }

        var scan = NewFile(agreementId, SigningFile.ScanKind, name, type, upload.Content, user.PersonId, now);
        return await RecordAndCompleteAsync(actor, SigningMethod.Paper, document!, context, scan, null, SignatureVerification.NotApplicable, null, cancellationToken);
    }

    /// <summary>A stored signing file, for someone who may see the agreement's signing.</summary>
    public async Task<CommandResult<SigningFile>> FileAsync(CurrentUser user, Guid agreementId, Guid fileId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (agreement, refusal) = await AccessAsync<SigningFile>(user, agreementId, cancellationToken);
        if (agreement is null)
        {
            return refusal!;
        }

        var file = await db.SigningFiles.AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId && f.AgreementId == agreementId, cancellationToken);
        return file is null ? CommandResult<SigningFile>.NotFound(t["Файл не найден."]) : CommandResult<SigningFile>.Success(file);
    }

    /// <summary>The final version's PDF/A (or its DOCX), the file a signature is made over, for someone who may see the signing.</summary>
    public async Task<CommandResult<SigningFile>> FinalDocumentAsync(CurrentUser user, Guid agreementId, string format, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (agreement, refusal) = await AccessAsync<SigningFile>(user, agreementId, cancellationToken);
        if (agreement is null)
        {
            return refusal!;
        }

        var row = await db.Set<AgreementDocument>().AsNoTracking().Where(d => d.AgreementId == agreementId).OrderByDescending(d => d.Version)
            .Select(d => new { d.Version, d.Pdf, d.Docx }).FirstOrDefaultAsync(cancellationToken);
        var content = format == "pdf" ? row?.Pdf : row?.Docx;
        if (row is null || content is null)
        {
            return CommandResult<SigningFile>.NotFound(t["Файл документа ещё не готов."]);
        }

        return CommandResult<SigningFile>.Success(new SigningFile
        {
            AgreementId = agreementId,
            Kind = "document",
            Name = $"{(agreement.Number is { } number ? "Договор № " + number : "Договор")} — версия {row.Version}.{format}".Replace('/', '-'),
            ContentType = format == "pdf" ? "application/pdf" : "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Sha256 = "",
            Content = content,
        });
    }

    private async Task<CommandResult<SignatureView>> RecordAndCompleteAsync(
        Actor actor, SigningMethod method, SigningDocument document, SignerContext context, SigningFile? file, string? subject,
        SignatureVerification verification, string? note, CancellationToken cancellationToken)
    {
        var assignment = actor.Assignment!;
        var personId = assignment.AssigneePersonId!.Value;
        var names = await db.People.AsNoTracking().Where(p => p.Id == personId || p.Id == assignment.ActingForPersonId)
            .ToDictionaryAsync(p => p.Id, p => p.FullName, cancellationToken);
        var organization = await db.Organizations.AsNoTracking().Where(o => o.Id == assignment.OrganizationId).Select(o => o.ShortName).SingleAsync(cancellationToken);
        if (file is not null)
        {
            db.SigningFiles.Add(file);
        }

        var signature = new Signature
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            AgreementId = actor.Agreement!.Id,
            InstanceId = assignment.InstanceId,
            AssignmentId = assignment.Id,
            PersonId = personId,
            PersonName = Clip(names.GetValueOrDefault(personId) ?? "—", Signature.NameMaxLength),
            ActingForPersonId = assignment.ActingForPersonId,
            ActingForName = assignment.ActingForPersonId is { } absent ? Clip(names.GetValueOrDefault(absent) ?? "—", Signature.NameMaxLength) : null,
            OrganizationId = assignment.OrganizationId,
            OrganizationName = Clip(organization, Signature.OrganizationNameMaxLength),
            Role = assignment.Role,
            Method = method,
            DocumentVersion = document.Version,
            DocumentSha256 = document.Sha256!,
            DocumentFormat = document.Format!,
            SignedAtUtc = clock.GetUtcNow().UtcDateTime,
            IpAddress = context.IpAddress is { } ip ? Clip(ip, Signature.IpMaxLength) : null,
            UserAgent = context.UserAgent is { } agent ? Clip(agent, Signature.UserAgentMaxLength) : null,
            FileId = file?.Id,
            CertificateSubject = subject,
            Verification = verification,
            VerificationNote = note is null ? null : Clip(note, Signature.NoteMaxLength),
        };
        db.Signatures.Add(signature);

        // One step: the runtime's commit saves the signature, the file and the used code with the answer, or none of them.
        var step = await runtime.CompleteTaskAsync(new CompleteTask(assignment.Id, personId, SignTask, null), cancellationToken);
        if (!step.Succeeded)
        {
            db.ChangeTracker.Clear();
            return step.Status switch
            {
                StepStatus.Conflict => CommandResult<SignatureView>.Conflict(step.Message ?? t["Договор изменился. Обновите страницу."]),
                StepStatus.Forbidden => CommandResult<SignatureView>.Forbidden(step.Message ?? ""),
                StepStatus.NotFound => CommandResult<SignatureView>.NotFound(step.Message ?? ""),
                _ => CommandResult<SignatureView>.NotAllowed(step.Message ?? ""),
            };
        }

        var zone = await db.Organizations.AsNoTracking().Where(o => o.Id == signature.OrganizationId).Select(o => o.TimeZoneId).SingleAsync(cancellationToken);
        return CommandResult<SignatureView>.Success(ViewOf(signature, zone));
    }

    private static SigningFile NewFile(Guid agreementId, string kind, string name, string contentType, byte[] content, Guid personId, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(new DateTimeOffset(now, TimeSpan.Zero)),
        AgreementId = agreementId,
        Kind = kind,
        Name = name,
        ContentType = contentType,
        Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(content)),
        Length = content.LongLength,
        Content = content,
        CreatedAtUtc = now,
        CreatedByPersonId = personId,
    };

    private static string SafeName(string? fileName)
    {
        var name = Path.GetFileName(fileName ?? "").Trim();
        name = new string([.. name.Where(c => !char.IsControl(c) && !Path.GetInvalidFileNameChars().Contains(c))]);
        if (name.Length == 0)
        {
            name = "file";
        }

        return Clip(name, SigningFile.NameMaxLength);
    }

    private static string Clip(string value, int max) => value.Length > max ? value[..max] : value;

    private static string Mask(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at <= 1 ? email : $"{email[0]}***{email[at..]}";
    }

    private static bool MayChooseMethods(CurrentUser user, Agreement agreement) =>
        user.IsAdministrator || (!user.IsPartnerSession && user.HasRole(agreement.BaseOrganizationId, OrganizationRole.Coordinator));

    private static CommandResult<T> Invalid<T>(string field, string message)
    {
        var errors = new FieldErrors();
        errors.Add(field, message);
        return CommandResult<T>.Invalid(errors);
    }

    private static CommandResult<T> Relay<T>(CommandResult<Unit> refused) => refused.Outcome switch
    {
        CommandOutcome.NotFound => CommandResult<T>.NotFound(refused.Message ?? ""),
        CommandOutcome.Forbidden => CommandResult<T>.Forbidden(refused.Message ?? ""),
        CommandOutcome.Conflict => CommandResult<T>.Conflict(refused.Message ?? ""),
        _ => CommandResult<T>.NotAllowed(refused.Message ?? ""),
    };

    private string MethodMismatch(SigningMethod method) => t.Format("Для вашей стороны выбран способ «{0}».", MethodTitle(method, t));

    /// <summary>The method's name as the pages show it.</summary>
    public static string MethodTitle(SigningMethod method, Texts t)
    {
        ArgumentNullException.ThrowIfNull(t);
        return method switch
        {
            SigningMethod.Qualified => t["квалифицированная электронная подпись (файл .sig/.p7s)"],
            SigningMethod.Paper => t["на бумаге (скан подписанного экземпляра)"],
            _ => t["простая электронная подпись (код из письма)"],
        };
    }

    private CommandResult<T>? DocumentNotReady<T>(SigningDocument? document) =>
        document is null
            ? CommandResult<T>.Conflict(t["Итоговый документ ещё не сформирован: подождите минуту и обновите страницу."])
            : document.Sha256 is null
                ? CommandResult<T>.Conflict(t["PDF итогового документа ещё готовится: подпись ставится именно под ним. Обновите страницу через минуту."])
                : null;
}
