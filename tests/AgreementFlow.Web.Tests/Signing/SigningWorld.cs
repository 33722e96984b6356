using System.Formats.Asn1;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using System.Text.RegularExpressions;
using AgreementFlow.Data.Documents;
using AgreementFlow.TestSupport.Mail;
using AgreementFlow.Web.Mail.Delivery;
using AgreementFlow.Web.Tests.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgreementFlow.Web.Tests.Signing;

/// <summary>The network scenario driven to signing, on an app that e-mails to a real SMTP server, with helpers for codes and signature files.</summary>
public sealed partial class SigningWorld
{
    public const string UserAgent = "SigningTests/1.0 (phone)";

    private SigningWorld(MailApp app, NetworkScenario scenario)
    {
        App = app;
        S = scenario;
    }

    public MailApp App { get; }

    public NetworkScenario S { get; }

    /// <summary>An agreement between the centre and both schools, approved by everyone and now in <c>signing</c>.</summary>
    public static async Task<(SigningWorld World, Guid AgreementId)> AtSigningAsync(MailApp app)
    {
        var world = new SigningWorld(app, await NetworkScenario.CreateAsync(app));
        var s = world.S;
        var id = await s.DraftAgreementAsync();
        foreach (var (person, outcome) in new[]
        {
            ("coordinator", "submit"), ("legal", "approve"), ("director1", "accept"), ("director2", "accept"),
            ("director", "approve"), ("director1", "approve"), ("director2", "approve"),
        })
        {
            var answered = await s.AnswerAsync(id, person, outcome);
            answered.IsSuccessStatusCode.Should().BeTrue($"{person} answers {outcome}: {await answered.Content.ReadAsStringAsync()}");
        }

        (await s.StageAsync(id)).Should().Be("signing");
        return (world, id);
    }

    /// <summary>The person's client, presenting itself with a user agent the signature must record.</summary>
    public async Task<HttpClient> ClientAsync(string personKey)
    {
        var client = await S.ClientAsync(personKey);
        if (client.DefaultRequestHeaders.UserAgent.Count == 0)
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
        }

        return client;
    }

    public async Task<JsonElement> StateAsync(string personKey, Guid id) =>
        await (await ClientAsync(personKey)).GetFromJsonAsync<JsonElement>($"/api/agreements/{id}/signatures");

    public async Task<HttpResponseMessage> RequestCodeAsync(string personKey, Guid id) =>
        await (await ClientAsync(personKey)).PostAsync($"/api/agreements/{id}/signatures/code", null);

    public async Task<HttpResponseMessage> SignWithCodeAsync(string personKey, Guid id, string code) =>
        await (await ClientAsync(personKey)).PostAsJsonAsync($"/api/agreements/{id}/signatures", new { code });

    public async Task<HttpResponseMessage> UploadAsync(string personKey, Guid id, byte[] content, string name, string contentType = "application/octet-stream")
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(file, "file", name);
        return await (await ClientAsync(personKey)).PostAsync($"/api/agreements/{id}/signatures/upload", form);
    }

    public async Task<HttpResponseMessage> ChooseAsync(Guid id, Guid organizationId, string method) =>
        await (await ClientAsync("coordinator")).PutAsJsonAsync($"/api/agreements/{id}/signing-methods", new { organizationId, method });

    /// <summary>Sends what the outbox holds, as the dispatcher's job would.</summary>
    public async Task DispatchAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(100, CancellationToken.None);
    }

    /// <summary>The code in the latest signing e-mail the person received, read from the SMTP server's Maildir.</summary>
    public async Task<string> LatestCodeAsync(string personKey)
    {
        await DispatchAsync();
        var mails = (await App.Smtp.MessagesAsync())
            .Where(m => m.To.Contains(S.Email(personKey), StringComparison.OrdinalIgnoreCase) && m.Subject.StartsWith("Код подписания", StringComparison.Ordinal))
            .ToList();
        mails.Should().NotBeEmpty($"{personKey} was sent a code");
        return CodePattern().Match(mails.OrderBy(m => m.Arrival).Last().Subject).Value;
    }

    /// <summary>How many signing e-mails the person received.</summary>
    public async Task<int> CodeMailCountAsync(string personKey)
    {
        await DispatchAsync();
        return (await App.Smtp.MessagesAsync())
            .Count(m => m.To.Contains(S.Email(personKey), StringComparison.OrdinalIgnoreCase) && m.Subject.StartsWith("Код подписания", StringComparison.Ordinal));
    }

    /// <summary>Waits for the final PDF/A (made by the background worker) and returns its bytes and SHA-256.</summary>
    public async Task<(byte[] Pdf, string Sha256)> FinalPdfAsync(Guid id)
    {
        var sha = await NetworkScenario.WaitForFinalPdfAsync(await ClientAsync("coordinator"), id);
        await using var db = App.CreateDbContext();
        var pdf = await db.Set<AgreementDocument>().Where(d => d.AgreementId == id).OrderByDescending(d => d.Version).Select(d => d.Pdf!).FirstAsync();
        return (pdf, sha);
    }

    /// <summary>A self-signed RSA certificate with a Russian subject (CN, O, SNILS, INN), as a qualified certificate names its holder.</summary>
    public static X509Certificate2 Certificate(string commonName)
    {
        using var rsa = RSA.Create(2048);
        var name = new X500DistinguishedNameBuilder();
        name.AddCommonName(commonName);
        name.AddOrganizationName("МБОУ «Тестовая школа»");
        name.Add("1.2.643.100.3", "12345678901", UniversalTagNumber.NumericString);
        name.Add("1.2.643.3.131.1.1", "246500000001", UniversalTagNumber.NumericString);
        var request = new CertificateRequest(name.Build(), rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        // Validity is not what these tests are about: the signature is checked over the document, not the certificate's term.
        var issued = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        return request.CreateSelfSigned(issued, issued.AddYears(2));
    }

    /// <summary>A detached CMS signature over <paramref name="content"/>, DER-encoded, as a CAdES-BES tool writes a .sig.</summary>
    public static byte[] RsaSignature(X509Certificate2 certificate, byte[] content)
    {
        var cms = new SignedCms(new ContentInfo(content), detached: true);
        cms.ComputeSignature(new CmsSigner(certificate) { IncludeOption = X509IncludeOption.EndCertOnly });
        return cms.Encode();
    }

    /// <summary>
    /// A detached CMS whose signer uses GOST R 34.11-2012 / 34.10-2012 (OIDs 1.2.643.7.1.1.*), built with System.Formats.Asn1:
    /// .NET has no GOST provider, so what matters is the structure, the OIDs and the signer's certificate.
    /// </summary>
    public static byte[] GostSignature(X509Certificate2 certificate)
    {
        const string Gost3411 = "1.2.643.7.1.1.2.2";
        const string Gost3410 = "1.2.643.7.1.1.1.1";
        var w = new AsnWriter(AsnEncodingRules.DER);
        using (w.PushSequence())
        {
            w.WriteObjectIdentifier("1.2.840.113549.1.7.2");
            using (w.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true)))
            using (w.PushSequence())
            {
                w.WriteInteger(1);
                using (w.PushSetOf())
                using (w.PushSequence())
                {
                    w.WriteObjectIdentifier(Gost3411);
                }

                using (w.PushSequence())
                {
                    w.WriteObjectIdentifier("1.2.840.113549.1.7.1");
                }

                using (w.PushSetOf(new Asn1Tag(TagClass.ContextSpecific, 0, isConstructed: true)))
                {
                    w.WriteEncodedValue(certificate.RawData);
                }

                using (w.PushSetOf())
                using (w.PushSequence())
                {
                    w.WriteInteger(1);
                    using (w.PushSequence())
                    {
                        w.WriteEncodedValue(certificate.IssuerName.RawData);
                        w.WriteIntegerUnsigned(certificate.SerialNumberBytes.Span);
                    }

                    using (w.PushSequence())
                    {
                        w.WriteObjectIdentifier(Gost3411);
                    }

                    using (w.PushSequence())
                    {
                        w.WriteObjectIdentifier(Gost3410);
                    }

                    w.WriteOctetString(RandomNumberGenerator.GetBytes(64));
                }
            }
        }

        return w.Encode();
    }

    [GeneratedRegex(@"\d{6}")]
    private static partial Regex CodePattern();
}
