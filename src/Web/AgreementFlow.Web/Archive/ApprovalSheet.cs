namespace AgreementFlow.Web.Archive;

/// <summary>An agreement's approval sheet (лист согласования), rendered: the page, the DOCX, and how many answers it lists.</summary>
public sealed record ApprovalSheet(string Html, byte[] Docx, int Entries);
