using AgreementFlow.Documents.Rendering;
using AgreementFlow.Documents.Templates;
using AgreementFlow.Documents.Tests.Templates;

namespace AgreementFlow.Documents.Tests.Rendering;

public sealed class DocumentComparerTests
{
    private readonly DocumentRenderer _renderer = new();
    private readonly DefaultTemplate _template = DefaultTemplates.Get(DefaultTemplates.NetworkAgreementKey);

    [Fact]
    public void OneWordChange_IsTheOnlyDifference_WordByWord()
    {
        var v1 = Render(_template.SampleData);
        var changed = _template.SampleData.DeepClone().AsObject();
        changed["terminationNoticeDays"] = 60;
        var v2 = Render(changed);

        var comparison = DocumentComparer.Compare(v1, v2);

        var clause = comparison.Clauses.Should().ContainSingle(c => c.Change != ClauseChange.Unchanged).Subject;
        clause.ClauseId.Should().Be("change-termination");
        clause.Number.Should().Be("7.2.");
        clause.Segments.Where(s => s.Kind != DiffKind.Same).Select(s => (s.Kind, s.Text.Trim())).Should().Equal(
            (DiffKind.Deleted, "30"), (DiffKind.Inserted, "60"));
        string.Concat(clause.Segments.Where(s => s.Kind != DiffKind.Deleted).Select(s => s.Text)).Should().Be(v2.AllClauses.Single(c => c.Id == "change-termination").PlainText);
        string.Concat(clause.Segments.Where(s => s.Kind != DiffKind.Inserted).Select(s => s.Text)).Should().Be(v1.AllClauses.Single(c => c.Id == "change-termination").PlainText);
    }

    [Fact]
    public void ClauseShownOnlyInOneVersion_IsAddedOrRemoved_InItsPlace()
    {
        var withMobility = Render(_template.SampleData);
        var without = _template.SampleData.DeepClone().AsObject();
        without["mobility"]!["enabled"] = false;
        var withoutMobility = Render(without);

        var removed = DocumentComparer.Compare(withMobility, withoutMobility);
        var added = DocumentComparer.Compare(withoutMobility, withMobility);

        var ids = removed.Clauses.Select(c => c.ClauseId).ToList();
        ids.IndexOf("status-mobility").Should().Be(ids.IndexOf("status-partner") + 1);
        removed.Clauses.Single(c => c.ClauseId == "status-mobility").Should().BeEquivalentTo(new { Change = ClauseChange.Removed, Number = "2.3." });
        removed.Clauses.Single(c => c.ClauseId == "status-mobility").Segments.Should().OnlyContain(s => s.Kind == DiffKind.Deleted);
        added.Clauses.Single(c => c.ClauseId == "status-mobility").Change.Should().Be(ClauseChange.Added);
        added.Clauses.Count(c => c.Change != ClauseChange.Unchanged).Should().Be(1);
    }

    [Fact]
    public void SameDocument_HasNoChanges()
    {
        DocumentComparer.Compare(Render(_template.SampleData), Render(_template.SampleData)).HasChanges.Should().BeFalse();
    }

    [Fact]
    public void StoredVersion_ComparesLikeTheFreshOne()
    {
        var v1 = Render(_template.SampleData);

        var stored = RenderedDocumentJson.Deserialize(RenderedDocumentJson.Serialize(v1));

        stored.PlainText.Should().Be(v1.PlainText);
        HtmlDocumentWriter.WriteFragment(stored).Should().Be(HtmlDocumentWriter.WriteFragment(v1));
        DocumentComparer.Compare(stored, v1).HasChanges.Should().BeFalse();
    }

    [Fact]
    public void TemplateVersions_CompareClauseByClause_OnTheirSource()
    {
        var original = _template.Content;
        var sections = original.Sections.ToList();
        var term = sections[5];
        sections[5] = term with
        {
            Clauses = [term.Clauses[0] with { Text = term.Clauses[0].Text.Replace("вступает в силу", "действует", StringComparison.Ordinal) }, new TemplateClause("term-new", "Новый пункт.")],
        };
        var edited = original with { Sections = sections };

        var comparison = DocumentComparer.CompareTemplates(original, edited);

        comparison.Clauses.Where(c => c.Change != ClauseChange.Unchanged).Select(c => (c.ClauseId, c.Number, c.Change)).Should().Equal(
            ("term-period", "5.1.", ClauseChange.Changed),
            ("term-renewal", "5.2.", ClauseChange.Removed),
            ("term-new", "5.2.", ClauseChange.Added));
        comparison.Clauses.Single(c => c.ClauseId == "term-period").Segments.Where(s => s.Kind != DiffKind.Same).Select(s => s.Text.Trim())
            .Should().Equal("вступает в силу", "действует");
    }

    [Fact]
    public void DiffWords_OfUnrelatedTexts_DeletesAndInsertsEverything()
    {
        var segments = DocumentComparer.DiffWords("альфа бета", "гамма дельта");

        segments.Should().Equal(new DiffSegment(DiffKind.Deleted, "альфа бета"), new DiffSegment(DiffKind.Inserted, "гамма дельта"));
    }

    private RenderedDocument Render(System.Text.Json.Nodes.JsonObject data) =>
        _renderer.Render(_template.Content, data, DefaultTemplatesTests.Header(_template));
}
