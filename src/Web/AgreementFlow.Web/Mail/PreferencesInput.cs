namespace AgreementFlow.Web.Mail;

/// <summary>A person's e-mail choices as the form sends them.</summary>
public sealed class PreferencesInput
{
    /// <summary><c>immediate</c> or <c>digest</c>.</summary>
    public string? Delivery { get; set; }

    /// <summary>HH:mm, local time.</summary>
    public string? DigestTime { get; set; }

    public bool Unsubscribed { get; set; }
}
