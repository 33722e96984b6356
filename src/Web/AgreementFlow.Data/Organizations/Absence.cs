namespace AgreementFlow.Data.Organizations;

/// <summary>A period a person is away, with the colleague who acts for them (исполняющий обязанности, «и.о.»).</summary>
public sealed class Absence
{
    public const int NoteMaxLength = 500;

    public Guid Id { get; set; }

    public Guid PersonId { get; set; }

    public Person? Person { get; set; }

    /// <summary>First day away, inclusive.</summary>
    public DateOnly From { get; set; }

    /// <summary>Last day away, inclusive.</summary>
    public DateOnly To { get; set; }

    public Guid SubstituteId { get; set; }

    public Person? Substitute { get; set; }

    public string? Note { get; set; }
}
