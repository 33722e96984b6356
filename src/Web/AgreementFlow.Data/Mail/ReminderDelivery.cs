namespace AgreementFlow.Data.Mail;

/// <summary>How a person gets reminders of their pending tasks.</summary>
public enum ReminderDelivery
{
    /// <summary>Each reminder as its own e-mail, when it comes due (within the send window).</summary>
    Immediate,

    /// <summary>One daily digest listing every pending task; single reminders are folded into it.</summary>
    Digest,
}
