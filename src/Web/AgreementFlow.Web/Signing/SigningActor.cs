using AgreementFlow.Data.Agreements;
using AgreementFlow.Data.Signing;
using AgreementFlow.Web.Common;
using AgreementFlow.Workflows.Runtime.Tasks;

namespace AgreementFlow.Web.Signing;

/// <summary>The person about to sign: their agreement, their open part of the sign task and their party's method, or why not.</summary>
internal sealed record Actor(Agreement? Agreement, TaskAssignment? Assignment, SigningMethod Method, CommandResult<Unit>? Refusal);
