using AgreementFlow.Documents.Templates;

namespace AgreementFlow.Documents.Tests.Templates;

public sealed class TemplateContentJsonTests
{
    [Fact]
    public void Serialize_WritesCamelCaseWithEnumsAsStrings()
    {
        var content = new TemplateContent(
            [new TemplateField("term.to", FieldType.Date, "Срок", Required: true)],
            [new TemplateSection("Срок действия договора", [new TemplateClause("t1", "До {{date term.to}}") { Covers = [StatutoryItem.TermAndChanges], Condition = "term.to" }])]);

        var json = TemplateContentJson.Serialize(content);

        json.Should().Contain("\"type\":\"date\"").And.Contain("\"covers\":[\"termAndChanges\"]").And.Contain("\"condition\":\"term.to\"")
            .And.Contain("Срок действия договора").And.NotContain("allClauses");
        TemplateContentJson.Parse(json).Content.Should().BeEquivalentTo(content);
    }

    [Fact]
    public void Parse_ReportsEveryProblem_WithItsJsonPath()
    {
        const string json = """
            {
              "fields": [
                { "name": "term.to", "type": "day", "label": "Срок" },
                { "name": "9bad name", "type": "text", "label": "" },
                { "name": "rows", "type": "text", "label": "Строки", "columns": [] }
              ],
              "sections": [
                { "title": "Предмет", "clauses": [
                  { "id": "a", "text": "x", "covers": ["termAndChanges", "item6"] },
                  { "id": "a", "text": 5 },
                  { "text": "y", "colour": "red" }
                ] },
                { "title": "Пусто" }
              ],
              "extra": 1
            }
            """;

        var result = TemplateContentJson.Parse(json);

        result.Succeeded.Should().BeFalse();
        result.Content.Should().BeNull();
        result.Errors.Select(e => e.Split(':')[0]).Should().BeEquivalentTo(
            "$.fields[0].type",
            "$.fields[1].name",
            "$.fields[1].label",
            "$.fields[2].columns",
            "$.sections[0].clauses[0].covers[1]",
            "$.sections[0].clauses[1].id",
            "$.sections[0].clauses[1].text",
            "$.sections[0].clauses[2].id",
            "$.sections[0].clauses[2].colour",
            "$.sections[1].clauses",
            "$.extra");
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[]")]
    [InlineData("{}")]
    public void Parse_OfSomethingElse_FailsWithAMessage(string json)
    {
        var result = TemplateContentJson.Parse(json);

        result.Succeeded.Should().BeFalse();
        result.Errors.Should().NotBeEmpty().And.OnlyContain(e => e.StartsWith('$'));
    }
}
