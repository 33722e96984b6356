using AgreementFlow.Web.Common;
using AgreementFlow.Web.Localization;
using Microsoft.Extensions.Options;

namespace AgreementFlow.Web.Identity;

/// <summary>What a new password must be.</summary>
public sealed class PasswordRules(IOptions<AuthOptions> options, Texts t)
{
    public void Validate(string? password, FieldErrors errors, string field)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(password))
        {
            errors.Add(field, t["Укажите пароль."]);
        }
        else if (password.Length < options.Value.MinPasswordLength)
        {
            errors.Add(field, t.Format("Пароль должен быть не короче {0} символов.", options.Value.MinPasswordLength));
        }
        else if (password.Length > 128)
        {
            errors.Add(field, t["Пароль должен быть не длиннее 128 символов."]);
        }
    }
}
