using System.Net;
using HandlebarsDotNet;

namespace AgreementFlow.Web.Mail.Content;

/// <summary>
/// The Handlebars templates of the e-mails, one per message kind and language, embedded in the app
/// (<c>Mail/Content/Templates/{kind}.{ru|en}.hbs</c>, each with a subject, a text and an HTML section).
/// </summary>
public sealed class MailTemplates
{
    private const string ResourcePrefix = "AgreementFlow.Web.Mail.Templates.";
    private readonly Dictionary<string, Compiled> _templates = new(StringComparer.Ordinal);

    public MailTemplates()
    {
        // Subjects and plain text are not HTML: nothing to escape there. HTML escapes every value.
        var plain = Handlebars.Create(new HandlebarsConfiguration { NoEscape = true });
        var html = Handlebars.Create();
        var assembly = typeof(MailTemplates).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var sections = Split(reader.ReadToEnd(), name);
            var key = name[ResourcePrefix.Length..^".hbs".Length];
            _templates[key] = new Compiled(plain.Compile(sections["subject"].Trim()), plain.Compile(sections["text"]), html.Compile(sections["html"]));
        }
    }

    /// <summary>The kinds there are templates for.</summary>
    public IEnumerable<string> Kinds => _templates.Keys.Select(k => k[..k.LastIndexOf('.')]).Distinct();

    public bool Has(string kind) => _templates.ContainsKey(kind + ".ru");

    /// <summary>Renders <paramref name="kind"/> in <paramref name="language"/> (Russian when there is no English).</summary>
    public (string Subject, string Text, string Html) Render(string kind, string language, IDictionary<string, object?> model, string footerText, string footerLink)
    {
        var template = _templates.GetValueOrDefault($"{kind}.{language}") ?? _templates[$"{kind}.ru"];
        var subject = string.Join(' ', template.Subject(model).Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries)).Trim();
        var text = template.Text(model).Trim() + "\n\n-- \n" + footerText + ": " + footerLink + "\n";
        var body = template.Html(model);
        var html = $"""
            <!DOCTYPE html>
            <html lang="{language}"><head><meta charset="utf-8"><title>{WebUtility.HtmlEncode(subject)}</title></head>
            <body style="font-family: Arial, sans-serif; font-size: 15px; line-height: 1.5; color: #1b1f24; max-width: 640px">
            {body}
            <hr style="border: none; border-top: 1px solid #d0d7de">
            <p style="font-size: 13px; color: #57606a"><a href="{WebUtility.HtmlEncode(footerLink)}">{WebUtility.HtmlEncode(footerText)}</a></p>
            </body></html>
            """;
        return (subject, text.Replace("\r\n", "\n", StringComparison.Ordinal), html);
    }

    private static Dictionary<string, string> Split(string source, string name)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var lines = new List<string>();
        foreach (var line in source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("== ", StringComparison.Ordinal) && line.EndsWith(" ==", StringComparison.Ordinal))
            {
                if (current is not null)
                {
                    sections[current] = string.Join('\n', lines);
                }

                current = line[3..^3];
                lines.Clear();
            }
            else
            {
                lines.Add(line);
            }
        }

        if (current is not null)
        {
            sections[current] = string.Join('\n', lines);
        }

        foreach (var required in new[] { "subject", "text", "html" })
        {
            if (!sections.ContainsKey(required))
            {
                throw new InvalidOperationException($"The mail template {name} has no '== {required} ==' section.");
            }
        }

        return sections;
    }

    private sealed record Compiled(HandlebarsTemplate<object, object> Subject, HandlebarsTemplate<object, object> Text, HandlebarsTemplate<object, object> Html);
}
