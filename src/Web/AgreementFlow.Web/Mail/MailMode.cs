namespace AgreementFlow.Web.Mail;

/// <summary>Where e-mail goes.</summary>
public enum MailMode
{
    /// <summary>Written as <c>.eml</c> files into <see cref="MailOptions.PickupFolder"/>: nothing leaves the machine.</summary>
    Pickup,

    /// <summary>Sent to the SMTP server of <see cref="MailOptions.Smtp"/>.</summary>
    Smtp,
}
