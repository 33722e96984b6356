namespace AgreementFlow.Web.Archive;

/// <summary>A file of an archive record as the archive page and API show it.</summary>
public sealed record ArchiveFileView(Guid Id, string Role, string RoleTitle, string Name, string ContentType, string Sha256, long Length, string Integrity, DateTime? CheckedAtUtc);
