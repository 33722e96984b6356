using System.Net.Mail;
using AgreementFlow.Web.Localization;

namespace AgreementFlow.Web.Common;

/// <summary>The checks every form and endpoint applies to plain text fields, with messages in the reader's language.</summary>
public sealed class InputRules(Texts t, FieldErrors errors)
{
    public FieldErrors Errors => errors;

    /// <summary>A required text no longer than <paramref name="maxLength"/>; returns it trimmed.</summary>
    public string Required(string field, string? value, int maxLength)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            errors.Add(field, t["Заполните это поле."]);
        }
        else if (trimmed.Length > maxLength)
        {
            errors.Add(field, t.Format("Не длиннее {0} символов (сейчас {1}).", maxLength, trimmed.Length));
        }

        return trimmed;
    }

    /// <summary>An optional text no longer than <paramref name="maxLength"/>; returns it trimmed, null when empty.</summary>
    public string? Optional(string field, string? value, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (trimmed.Length > maxLength)
        {
            errors.Add(field, t.Format("Не длиннее {0} символов (сейчас {1}).", maxLength, trimmed.Length));
        }

        return trimmed;
    }

    /// <summary>An e-mail address, lower-cased; required unless <paramref name="optional"/>.</summary>
    public string? Email(string field, string? value, int maxLength, bool optional = false)
    {
        var text = optional ? Optional(field, value, maxLength) : Required(field, value, maxLength);
        if (string.IsNullOrEmpty(text) || errors.Has(field))
        {
            return text;
        }

        if (!MailAddress.TryCreate(text, out var address) || address.Address != text || !text.Contains('.', StringComparison.Ordinal))
        {
            errors.Add(field, t["Это не похоже на адрес электронной почты."]);
        }

        return text.ToLowerInvariant();
    }

    /// <summary>One of the names of <typeparamref name="TEnum"/>, given in camelCase or PascalCase.</summary>
    public TEnum Choice<TEnum>(string field, string? value)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, t["Выберите значение."]);
            return default;
        }

        if (Enum.TryParse<TEnum>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !value.Trim().All(char.IsDigit))
        {
            return parsed;
        }

        errors.Add(field, t.Format("Допустимые значения: {0}.", string.Join(", ", Enum.GetNames<TEnum>().Select(JsonName))));
        return default;
    }

    /// <summary>The camelCase name the JSON uses for an enum member.</summary>
    public static string JsonName<TEnum>(TEnum value)
        where TEnum : struct, Enum => JsonName(value.ToString());

    public static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
