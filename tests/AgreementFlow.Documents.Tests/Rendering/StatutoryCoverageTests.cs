using AgreementFlow.Documents.Rendering;
using AgreementFlow.Documents.Templates;
using static AgreementFlow.Documents.Tests.TemplateBuilder;

namespace AgreementFlow.Documents.Tests.Rendering;

public sealed class StatutoryCoverageTests
{
    private readonly DocumentRenderer _renderer = new();

    [Fact]
    public void NetworkAgreement_WithoutItsTermClauses_MissesItem5_InPlainRussian()
    {
        var template = DefaultTemplates.Get(DefaultTemplates.NetworkAgreementKey);
        var withoutTerm = template.Content with
        {
            Sections = template.Content.Sections
                .Select(s => s with { Clauses = s.Clauses.Where(c => !c.Covers.Contains(StatutoryItem.TermAndChanges)).ToList() })
                .ToList(),
        };

        var coverage = _renderer.CheckStatutory(withoutTerm, template.SampleData);

        coverage.IsComplete.Should().BeFalse();
        coverage.Missing.Should().Equal(StatutoryItem.TermAndChanges);
        coverage.Covered.Should().Equal(StatutoryItem.ProgramKind, StatutoryItem.StudentStatus, StatutoryItem.DeliveryAndResources, StatutoryItem.IssuedDocuments);
        coverage.DescribeMissing().Should().Be("не указан срок действия договора и порядок его изменения и прекращения");
        coverage.DescribeMissing("en").Should().Contain("term of the agreement");
    }

    [Fact]
    public void TaggedClause_CoversOnlyWhenShownAndNonEmpty()
    {
        List<TemplateField> fields = [new("show", FieldType.Boolean, "Показать"), Text("term")];
        var template = Clauses(fields,
            new TemplateClause("hidden", "Срок: до 2027 года.") { Condition = "show", Covers = [StatutoryItem.TermAndChanges] },
            new TemplateClause("empty", "{{term}}") { Covers = [StatutoryItem.ProgramKind] },
            new TemplateClause("shown", "Статус обучающихся: {{term}}") { Covers = [StatutoryItem.StudentStatus] });

        var coverage = _renderer.CheckStatutory(template, Data("""{"show":false,"term":""}"""));
        var withData = _renderer.CheckStatutory(template, Data("""{"show":true,"term":"до 2027 года"}"""));

        coverage.Covered.Should().Equal(StatutoryItem.StudentStatus);
        coverage.Missing.Should().Contain([StatutoryItem.TermAndChanges, StatutoryItem.ProgramKind]);
        withData.Covered.Should().Equal(StatutoryItem.ProgramKind, StatutoryItem.StudentStatus, StatutoryItem.TermAndChanges);
    }

    [Fact]
    public void EveryItem_HasRussianAndEnglishWording()
    {
        foreach (var item in StatutoryItems.All)
        {
            StatutoryItems.Missing(item, "ru").Should().StartWith("не указан");
            StatutoryItems.Describe(item, "ru").Should().NotBeNullOrWhiteSpace();
            StatutoryItems.Describe(item, "en").Should().NotBe(StatutoryItems.Describe(item, "ru"));
        }
    }
}
