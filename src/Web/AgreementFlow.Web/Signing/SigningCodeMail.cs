using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;

namespace AgreementFlow.Web.Signing;

/// <summary>
/// The <c>signing-code</c> e-mail: its outbox payload carries the code encrypted with the app's data-protection keys, never in
/// clear; the composer opens it when it renders the message, and not once the code has expired (by the app's clock).
/// </summary>
public sealed class SigningCodeMail(IDataProtectionProvider protection, TimeProvider clock)
{
    public const string Kind = "signing-code";

    private readonly IDataProtector _protector = protection.CreateProtector("AgreementFlow.Signing.Code");

    /// <summary>The payload of the outbox row for <paramref name="code"/>.</summary>
    public JsonObject Payload(Guid agreementId, string code, int version, string sha256, DateTime expiresAtUtc) => new()
    {
        ["agreementId"] = agreementId.ToString(),
        ["code"] = _protector.Protect(code),
        ["version"] = version,
        ["sha256"] = sha256,
        ["expiresAtUtc"] = expiresAtUtc.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        ["validMinutes"] = (int)Math.Ceiling((expiresAtUtc - clock.GetUtcNow().UtcDateTime).TotalMinutes),
    };

    /// <summary>
    /// The payload without the encrypted code: once its e-mail is sent, refused or skipped, the code exists only as the
    /// hash in its signing-code row.
    /// </summary>
    public static string WithoutCode(string payload)
    {
        if (JsonNode.Parse(payload) is not JsonObject root || !root.Remove("code"))
        {
            return payload;
        }

        return root.ToJsonString();
    }

    /// <summary>Adds the code and the document's identity to the e-mail's model; false when the code can no longer be read (expired).</summary>
    public bool AddTo(string payload, IDictionary<string, object?> model, string publicUrl, string language)
    {
        ArgumentNullException.ThrowIfNull(model);
        var root = JsonDocument.Parse(payload).RootElement;
        if (!root.TryGetProperty("code", out var protectedCode) || protectedCode.GetString() is not { } sealedCode)
        {
            return false;
        }

        var expires = DateTime.Parse(root.GetProperty("expiresAtUtc").GetString()!, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind);
        if (expires <= clock.GetUtcNow().UtcDateTime)
        {
            return false;
        }

        try
        {
            model["code"] = _protector.Unprotect(sealedCode);
        }
        catch (CryptographicException)
        {
            return false;
        }

        var minutes = root.TryGetProperty("validMinutes", out var valid) ? valid.GetInt32() : 10;
        model["validFor"] = language == "en"
            ? $"{minutes} {(minutes == 1 ? "minute" : "minutes")}"
            : $"{minutes} {RussianMinutes(minutes)}";
        model["version"] = root.GetProperty("version").GetInt32();
        model["sha256"] = root.GetProperty("sha256").GetString();
        model["link"] = $"{publicUrl.TrimEnd('/')}/agreements/{root.GetProperty("agreementId").GetString()}/sign";
        return true;
    }

    /// <summary>«минуту», «минуты» or «минут» after <paramref name="n"/>: 1 минуту, 3 минуты, 10 минут, 21 минуту.</summary>
    private static string RussianMinutes(int n) => (n % 100) is >= 11 and <= 14 ? "минут" : (n % 10) switch
    {
        1 => "минуту",
        2 or 3 or 4 => "минуты",
        _ => "минут",
    };
}
