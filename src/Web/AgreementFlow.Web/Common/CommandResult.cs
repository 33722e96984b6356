namespace AgreementFlow.Web.Common;

/// <summary>What a command did: succeeded with a value, or failed in an expected way the caller must show.</summary>
/// <remarks>Expected failures are values, not exceptions; the API turns them into ProblemDetails, the pages into messages.</remarks>
public sealed class CommandResult<T>
{
    private CommandResult(CommandOutcome outcome, T? value, FieldErrors? errors, string? message)
    {
        Outcome = outcome;
        Value = value;
        Errors = errors;
        Message = message;
    }

    public CommandOutcome Outcome { get; }

    public T? Value { get; }

    public FieldErrors? Errors { get; }

    /// <summary>Why a conflict, a refusal or a not-found happened, in the user's language.</summary>
    public string? Message { get; }

    public bool Succeeded => Outcome == CommandOutcome.Succeeded;

    public static CommandResult<T> Success(T value) => new(CommandOutcome.Succeeded, value, null, null);

    public static CommandResult<T> Invalid(FieldErrors errors) => new(CommandOutcome.Invalid, default, errors, null);

    public static CommandResult<T> Conflict(string message, FieldErrors? errors = null) => new(CommandOutcome.Conflict, default, errors, message);

    public static CommandResult<T> NotFound(string message) => new(CommandOutcome.NotFound, default, null, message);

    public static CommandResult<T> Forbidden(string message) => new(CommandOutcome.Forbidden, default, null, message);

    public static CommandResult<T> NotAllowed(string message, FieldErrors? errors = null) => new(CommandOutcome.NotAllowed, default, errors, message);
}
