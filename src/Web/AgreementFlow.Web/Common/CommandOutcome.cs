namespace AgreementFlow.Web.Common;

public enum CommandOutcome
{
    Succeeded,
    Invalid,
    Conflict,
    NotFound,
    Forbidden,
}
