using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using AgreementFlow.Data.Signing;

namespace AgreementFlow.Web.Signing;

/// <summary>
/// Reads a detached CMS signature (<c>.sig</c>/<c>.p7s</c>, DER or PEM/base64) made over a document's bytes: the signer's
/// certificate subject, and the signature verified where .NET has the algorithm (RSA, ECDSA). GOST (OIDs 1.2.643.*) needs a
/// crypto provider this server does not have: such a signature is kept as «не проверено», never as valid.
/// </summary>
internal static class CmsInspector
{
    public const string NoProviderNote = "не проверено: нет криптопровайдера";

    private const string GostPrefix = "1.2.643.";

    public static CmsInspection Inspect(byte[] file, byte[] document)
    {
        var der = ToDer(file);
        if (der is null)
        {
            return Refused("Файл не является подписью CMS (PKCS#7): ожидается .sig или .p7s в DER или base64.");
        }

        var cms = new SignedCms(new ContentInfo(document), detached: true);
        try
        {
            cms.Decode(der);
        }
        catch (CryptographicException)
        {
            return Refused("Файл не является подписью CMS (PKCS#7): ожидается .sig или .p7s в DER или base64.");
        }

        if (cms.SignerInfos.Count == 0)
        {
            return Refused("В файле подписи нет ни одной подписи.");
        }

        var signer = cms.SignerInfos[0];
        var certificate = signer.Certificate;
        var subject = certificate is null ? null : SubjectOf(certificate);
        var algorithms = new[] { signer.DigestAlgorithm.Value, signer.SignatureAlgorithm.Value, certificate?.PublicKey.Oid.Value };
        if (algorithms.Any(a => a is not null && a.StartsWith(GostPrefix, StringComparison.Ordinal)))
        {
            return new CmsInspection(subject, SignatureVerification.NotVerified, NoProviderNote, null);
        }

        if (certificate is null)
        {
            return Refused("В файле подписи нет сертификата подписанта: проверить подпись нельзя.");
        }

        try
        {
            cms.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException)
        {
            return new CmsInspection(subject, SignatureVerification.NotVerified, null,
                "Подпись не соответствует документу: она сделана над другим файлом или повреждена. Подпишите PDF, скачанный с этой страницы.");
        }

        return new CmsInspection(subject, SignatureVerification.Valid, $"проверена: {signer.SignatureAlgorithm.FriendlyName ?? signer.SignatureAlgorithm.Value}", null);
    }

    /// <summary>CN, O, SNILS and INN (of a person or an organisation), in that order, where the certificate has them.</summary>
    public static string SubjectOf(X509Certificate2 certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        var parts = new List<string>();
        foreach (var rdn in certificate.SubjectName.EnumerateRelativeDistinguishedNames())
        {
            var oid = rdn.GetSingleElementType().Value;
            var value = rdn.GetSingleElementValue();
            var label = oid switch
            {
                "2.5.4.3" => "CN",
                "2.5.4.10" => "O",
                "1.2.643.100.3" => "СНИЛС",
                "1.2.643.3.131.1.1" => "ИНН",
                "1.2.643.100.4" => "ИНН ЮЛ",
                _ => null,
            };
            if (label is not null && !string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{label}={value}");
            }
        }

        var text = parts.Count > 0 ? string.Join(", ", parts) : certificate.Subject;
        return text.Length > Signature.SubjectMaxLength ? text[..Signature.SubjectMaxLength] : text;
    }

    private static byte[]? ToDer(byte[] file)
    {
        if (file.Length > 0 && file[0] == 0x30)
        {
            return file;
        }

        // PEM (-----BEGIN PKCS7-----) or bare base64, as CryptoPro and other tools also write it.
        var text = Encoding.ASCII.GetString(file);
        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("-----", StringComparison.Ordinal));
        try
        {
            var der = Convert.FromBase64String(string.Concat(lines));
            return der.Length > 0 && der[0] == 0x30 ? der : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static CmsInspection Refused(string error) => new(null, SignatureVerification.NotVerified, null, error);
}
