using AgreementFlow.Web.Common;

namespace AgreementFlow.Web.Signing;

/// <summary>The answer to a code request; <paramref name="RetryAfter"/> is set when the rate limit refused it (429).</summary>
public sealed record CodeRequestOutcome(CommandResult<CodeSent> Result, TimeSpan? RetryAfter);
