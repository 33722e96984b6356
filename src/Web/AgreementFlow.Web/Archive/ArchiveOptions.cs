namespace AgreementFlow.Web.Archive;

/// <summary>Settings of the archive (section <c>Archive</c>; the folder is <c>Storage:ArchiveFolder</c>).</summary>
public sealed class ArchiveOptions
{
    public const string Section = "Archive";

    /// <summary>Where the files are kept, content-addressed (<c>{folder}/{sha[0..2]}/{sha}</c>); relative to the working directory.</summary>
    public string Folder { get; set; } = "data/archive";

    /// <summary>The address the QR code and the verification line on an archived PDF point to (<c>App:PublicUrl</c>).</summary>
    public string PublicUrl { get; set; } = "http://localhost:5080";

    /// <summary>Years the files are kept after the agreement ends, per kind (<c>agreement</c>, <c>amendment</c>).</summary>
    public Dictionary<string, int> RetentionYears { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Years for a kind the settings do not name (Rosarkhiv list № 236: five years after expiry).</summary>
    public int DefaultRetentionYears { get; set; } = 5;

    /// <summary>How often the integrity job runs.</summary>
    public int IntegrityIntervalMinutes { get; set; } = 60;

    /// <summary>Files re-hashed per run, oldest check first.</summary>
    public int IntegrityBatchSize { get; set; } = 100;

    public int RetentionYearsOf(string kind) => RetentionYears.TryGetValue(kind, out var years) ? years : DefaultRetentionYears;
}
