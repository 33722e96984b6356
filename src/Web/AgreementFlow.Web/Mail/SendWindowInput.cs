namespace AgreementFlow.Web.Mail;

/// <summary>An organisation's send window as the form sends it.</summary>
public sealed class SendWindowInput
{
    /// <summary>HH:mm, local time.</summary>
    public string? From { get; set; }

    /// <summary>HH:mm, local time, later than <see cref="From"/>.</summary>
    public string? To { get; set; }

    public bool Enabled { get; set; }
}
