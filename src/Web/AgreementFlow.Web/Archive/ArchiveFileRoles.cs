namespace AgreementFlow.Web.Archive;

/// <summary>What a file of an archive record is.</summary>
public static class ArchiveFileRoles
{
    public const string DocumentPdf = "document-pdf";
    public const string DocumentDocx = "document-docx";
    public const string ApprovalSheet = "approval-sheet";
    public const string Certificate = "certificate";
    public const string Signature = "signature";

    /// <summary>The role in Russian, for pages and the public verification.</summary>
    public static string Title(string role) => role switch
    {
        DocumentPdf => "PDF/A документа с листом согласования и сертификатом завершения",
        DocumentDocx => "DOCX документа",
        ApprovalSheet => "Лист согласования",
        Certificate => "Сертификат завершения",
        Signature => "Файл подписи",
        _ => role,
    };
}
