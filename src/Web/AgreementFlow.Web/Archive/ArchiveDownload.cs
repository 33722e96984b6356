namespace AgreementFlow.Web.Archive;

/// <summary>A stored file's bytes with its name and type, for a download.</summary>
public sealed record ArchiveDownload(byte[] Content, string ContentType, string FileName);
