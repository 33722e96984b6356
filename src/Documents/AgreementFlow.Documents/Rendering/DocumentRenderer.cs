using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AgreementFlow.Documents.Rendering.Markdown;
using AgreementFlow.Documents.Rendering.Templating;
using AgreementFlow.Documents.Templates;
using HandlebarsDotNet;

namespace AgreementFlow.Documents.Rendering;

/// <summary>Renders templates with data into the neutral document model. Thread-safe: register as a singleton.</summary>
/// <remarks>
/// <para>The sandbox: one Handlebars instance of our own (<c>Handlebars.Create</c>) with no file system, no partials and
/// only our helpers; unresolved paths print nothing. Every printed value goes through an encoder that marks it as
/// literal text, so values are never read as Markdown, and the writers escape for HTML or XML. Triple-stash prints
/// the same way as <c>{{x}}</c>.</para>
/// <para>Compiled clauses are cached by their text (compiling is milliseconds, rendering microseconds).</para>
/// </remarks>
public sealed partial class DocumentRenderer
{
    private const int MaxCachedClauses = 4096;
    private readonly IHandlebars _handlebars;
    private readonly ConcurrentDictionary<string, Lazy<CompiledClause>> _compiled = new(StringComparer.Ordinal);

    /// <summary>Creates a renderer with its own sandboxed Handlebars instance.</summary>
    public DocumentRenderer()
    {
        var configuration = new HandlebarsConfiguration
        {
            ThrowOnUnresolvedBindingExpression = false,
            TextEncoder = new LiteralTextEncoder(),
            FormatProvider = CultureInfo.GetCultureInfo("ru-RU"),
            NoEscape = false,
            FileSystem = null,
        };
        configuration.FormatterProviders.Add(new YesNoFormatter());
        _handlebars = Handlebars.Create(configuration);
        TemplateHelpers.Register(_handlebars);
    }

    /// <summary>How many distinct clause texts are compiled and cached.</summary>
    public int CachedClauseCount => _compiled.Count;

    /// <summary>Forgets compiled clauses (the bench measures compiling with it).</summary>
    public void ClearCache() => _compiled.Clear();

    /// <summary>Renders for the editor; never throws on bad template text.</summary>
    /// <param name="template">The template being edited.</param>
    /// <param name="data">Sample data or a chosen agreement's data.</param>
    /// <param name="header">The header to show.</param>
    public TemplatePreview Preview(TemplateContent template, JsonObject data, DocumentHeader header)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(header);
        var pass = Run(template, data, header, forPreview: true);
        var html = HtmlDocumentWriter.WriteFragment(pass.Document);
        return new TemplatePreview(html, pass.Errors, pass.Warnings, pass.Statutory, pass.Errors.Count == 0 ? pass.Document : null);
    }

    /// <summary>Renders a document.</summary>
    /// <exception cref="TemplateRenderException">The template has errors (listed in <see cref="TemplateRenderException.Problems"/>).</exception>
    public RenderedDocument Render(TemplateContent template, JsonObject data, DocumentHeader header)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(header);
        var pass = Run(template, data, header, forPreview: false);
        return pass.Errors.Count > 0 ? throw new TemplateRenderException(pass.Errors) : pass.Document;
    }

    /// <summary>Which statutory items are covered by a clause that is shown (condition true) and renders non-empty.</summary>
    public StatutoryCoverage CheckStatutory(TemplateContent template, JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(data);
        return Run(template, data, new DocumentHeader(string.Empty, null, null, null), forPreview: false).Statutory;
    }

    private Pass Run(TemplateContent template, JsonObject data, DocumentHeader header, bool forPreview)
    {
        var values = TemplateData.From(data);
        var errors = new List<TemplateProblem>();
        var warnings = new List<TemplateProblem>();
        var declared = forPreview ? new DeclaredFields(template.Fields) : null;
        var covered = new HashSet<StatutoryItem>();
        var sections = new List<RenderedSection>();
        foreach (var section in template.Sections)
        {
            var titled = !string.IsNullOrWhiteSpace(section.Title);
            var sectionNumber = sections.Count(s => s.Number.Length > 0) + 1;
            var clauses = new List<RenderedClause>();
            var clauseNumber = 0;
            foreach (var clause in section.Clauses)
            {
                var compiled = Compile(clause.Text);
                if (declared is not null)
                {
                    Warn(clause, compiled.Analysis, declared, warnings);
                }

                if (compiled.Template is null)
                {
                    foreach (var error in compiled.Errors)
                    {
                        errors.Add(new TemplateProblem(clause.Id, error.Line, error.Column, error.Message));
                    }

                    if (forPreview)
                    {
                        clauses.Add(ErrorClause(clause, $"строка {compiled.Errors[0].Line}, позиция {compiled.Errors[0].Column}: {compiled.Errors[0].Message}"));
                    }

                    continue;
                }

                if (clause.Condition is { Length: > 0 } condition && !TemplateData.IsTruthy(TemplateData.Lookup(values, condition)))
                {
                    continue;
                }

                IReadOnlyList<DocumentBlock> blocks;
                try
                {
                    blocks = MarkdownBlockParser.Parse(compiled.Template(values));
                }
                catch (Exception e) when (e is HandlebarsException or InvalidOperationException or ArgumentException or FormatException or InvalidCastException or NullReferenceException or IndexOutOfRangeException or KeyNotFoundException)
                {
                    var message = $"не удалось подставить данные: {e.Message}";
                    errors.Add(new TemplateProblem(clause.Id, null, null, message));
                    if (forPreview)
                    {
                        clauses.Add(ErrorClause(clause, message));
                    }

                    continue;
                }

                if (blocks.Count == 0)
                {
                    continue;
                }

                covered.UnionWith(clause.Covers);
                var number = string.Empty;
                if (titled && clause.Numbered)
                {
                    clauseNumber++;
                    number = string.Create(CultureInfo.InvariantCulture, $"{sectionNumber}.{clauseNumber}.");
                }

                clauses.Add(new RenderedClause(clause.Id, number, string.IsNullOrWhiteSpace(clause.Title) ? null : clause.Title, blocks));
            }

            if (clauses.Count > 0)
            {
                sections.Add(new RenderedSection(titled ? string.Create(CultureInfo.InvariantCulture, $"{sectionNumber}.") : string.Empty, titled ? section.Title.Trim() : string.Empty, clauses));
            }
        }

        if (forPreview)
        {
            WarnMissingRequired(template, values, warnings);
        }

        var statutory = new StatutoryCoverage(
            StatutoryItems.All.Where(covered.Contains).ToList(),
            StatutoryItems.All.Where(i => !covered.Contains(i)).ToList());
        return new Pass(new RenderedDocument(header, sections), errors, warnings, statutory);
    }

    private CompiledClause Compile(string text)
    {
        if (_compiled.Count >= MaxCachedClauses)
        {
            // Live preview produces a new text per keystroke; a bounded cache is enough to keep published ones warm.
            _compiled.Clear();
        }

        return _compiled.GetOrAdd(text, t => new Lazy<CompiledClause>(() => CompileUncached(t))).Value;
    }

    private CompiledClause CompileUncached(string text)
    {
        var analysis = ClauseScanner.Analyze(text);
        if (analysis.Errors.Count > 0)
        {
            return new CompiledClause(analysis, null, analysis.Errors);
        }

        try
        {
            return new CompiledClause(analysis, _handlebars.Compile(analysis.Source), []);
        }
        catch (Exception e) when (e is HandlebarsException or InvalidOperationException or ArgumentException or IndexOutOfRangeException or NullReferenceException)
        {
            var match = LocationPattern().Match(e.Message);
            var line = match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) + 1 : 1;
            var column = match.Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) + 1 : 1;
            var detail = match.Success ? e.Message[..match.Index].Trim() : e.Message;
            return new CompiledClause(analysis, null, [new ClauseSyntaxError(line, column, $"ошибка в шаблоне: {detail}")]);
        }
    }

    private static void Warn(TemplateClause clause, ClauseAnalysis analysis, DeclaredFields declared, List<TemplateProblem> warnings)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        if (clause.Condition is { Length: > 0 } condition && !declared.IsDeclared(condition) && reported.Add(condition))
        {
            warnings.Add(new TemplateProblem(clause.Id, null, null, $"условие пункта читает поле «{condition}», которое шаблон не объявляет"));
        }

        foreach (var use in analysis.Paths)
        {
            if (!declared.IsDeclared(use.Resolved) && reported.Add(use.Resolved))
            {
                var shown = use.Written == use.Resolved ? $"«{use.Written}»" : $"«{use.Written}» ({use.Resolved})";
                warnings.Add(new TemplateProblem(clause.Id, use.Line, use.Column, $"поле {shown} не объявлено в шаблоне"));
            }
        }
    }

    private static void WarnMissingRequired(TemplateContent template, Dictionary<string, object?> values, List<TemplateProblem> warnings)
    {
        foreach (var field in template.Fields.Where(f => f.Required))
        {
            var value = TemplateData.Lookup(values, field.Name);
            if (value is null || (value is string s && string.IsNullOrWhiteSpace(s)) || (value is List<object?> list && list.Count == 0))
            {
                warnings.Add(new TemplateProblem(null, null, null, $"не заполнено обязательное поле «{field.Label}» ({field.Name})"));
            }
        }
    }

    private static RenderedClause ErrorClause(TemplateClause clause, string message) =>
        new(clause.Id, string.Empty, clause.Title, [new ParagraphBlock([new TextRun($"⚠ Ошибка в пункте «{clause.Id}»: {message}", Bold: false, Italic: true)])]);

    [GeneratedRegex(@"Occured at:\s*(\d+):(\d+)")]
    private static partial Regex LocationPattern();

    private sealed record Pass(RenderedDocument Document, List<TemplateProblem> Errors, List<TemplateProblem> Warnings, StatutoryCoverage Statutory);
}
