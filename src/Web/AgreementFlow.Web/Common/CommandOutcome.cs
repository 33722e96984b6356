namespace AgreementFlow.Web.Common;

public enum CommandOutcome
{
    Succeeded,
    Invalid,
    Conflict,
    NotFound,
    Forbidden,

    /// <summary>Well-formed, but not allowed as things are (a template missing a statutory clause): 422.</summary>
    NotAllowed,
}
