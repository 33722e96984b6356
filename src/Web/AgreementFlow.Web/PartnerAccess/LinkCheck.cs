using AgreementFlow.Data.PartnerAccess;

namespace AgreementFlow.Web.PartnerAccess;

/// <summary>What a token was found to be; <see cref="Link"/> is set only for a genuine one (valid, expired or revoked).</summary>
public sealed record LinkCheck(LinkVerdict Verdict, PartnerLink? Link, string? AgreementTitle);
