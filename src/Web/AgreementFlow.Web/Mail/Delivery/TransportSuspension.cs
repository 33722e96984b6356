namespace AgreementFlow.Web.Mail.Delivery;

/// <summary>Sending paused until <paramref name="UntilUtc"/> because the <c>Mail:Smtp</c> settings do not fit the server: <paramref name="Reason"/>.</summary>
public sealed record TransportSuspension(DateTimeOffset UntilUtc, string Reason);
