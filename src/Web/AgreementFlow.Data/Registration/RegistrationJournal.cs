namespace AgreementFlow.Data.Registration;

/// <summary>
/// An organisation's registration journal (журнал регистрации): its number pattern and the sequence it has
/// reached. One row per organisation; the row is the counter, so taking a number is one optimistic update.
/// </summary>
public sealed class RegistrationJournal
{
    public const int PatternMaxLength = 100;

    /// <summary>The pattern a new journal starts with: «17/СФ-2026».</summary>
    public const string DefaultPattern = "{seq}/СФ-{yyyy}";

    public Guid OrganizationId { get; set; }

    /// <summary>e.g. <c>{seq}/СФ-{yyyy}</c> or <c>02-37/{seq}/{yy}</c>; a year in it makes the sequence restart yearly.</summary>
    public string Pattern { get; set; } = DefaultPattern;

    /// <summary>The period <see cref="LastSequence"/> counts in: the year, or empty when the sequence never restarts.</summary>
    public string Period { get; set; } = "";

    public int LastSequence { get; set; }

    /// <summary>Raised with every number taken: two concurrent registrations cannot both commit the same number.</summary>
    public int Revision { get; set; }

    public DateTime UpdatedAtUtc { get; set; }
}
