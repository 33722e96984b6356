using System.Text.Json.Nodes;
using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Definitions.Conditions;

namespace AgreementFlow.Workflows.Tests.Definitions;

public sealed class ConditionEvaluatorTests
{
    private static readonly JsonObject Data = JsonNode.Parse("""
        {
          "decision": {"refusedAll": false, "reason": null, "credited": 3},
          "term": {"from": "2026-09-01", "to": "2027-05-31"},
          "students": {"count": 12},
          "programme": "Школа проектирования",
          "hours": 72.5
        }
        """)!.AsObject();

    private static bool Evaluate(string text, JsonObject? data = null)
    {
        ConditionParser.TryParse(text, out var condition, out var error).Should().BeTrue(error);
        return ConditionEvaluator.Evaluate(condition!, data ?? Data);
    }

    [Theory]
    [InlineData("decision.refusedAll == false", true)]
    [InlineData("decision.refusedAll == true", false)]
    [InlineData("decision.refusedAll != true", true)]
    [InlineData("students.count == 12", true)]
    [InlineData("students.count == 12.0", true)]
    [InlineData("students.count >= 10", true)]
    [InlineData("students.count < 10", false)]
    [InlineData("hours > 72", true)]
    [InlineData("hours <= 72.5", true)]
    [InlineData("programme == 'Школа проектирования'", true)]
    [InlineData("programme == \"школа проектирования\"", false)]
    [InlineData("term.to > '2027-01-01'", true)]
    [InlineData("term.from >= '2026-09-02'", false)]
    public void Comparisons_CompareNumbersNumerically_AndStringsOrdinally(string text, bool expected)
    {
        Evaluate(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("decision.comment == null", true)]
    [InlineData("decision.reason == null", true)]
    [InlineData("no.such.field == null", true)]
    [InlineData("programme.name == null", true)]
    [InlineData("decision.comment != null", false)]
    [InlineData("decision.comment < 5", false)]
    [InlineData("decision.comment >= 'a'", false)]
    [InlineData("exists(decision.credited)", true)]
    [InlineData("exists(decision.reason)", false)]
    [InlineData("exists(decision.comment)", false)]
    public void MissingFields_ReadAsNull(string text, bool expected)
    {
        Evaluate(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("students.count == '12'", false)]
    [InlineData("students.count != '12'", true)]
    [InlineData("term.to < 5", false)]
    [InlineData("decision == null", false)]
    [InlineData("decision.refusedAll == 0", false)]
    public void ValuesOfDifferentTypes_AreNeitherEqualNorOrdered(string text, bool expected)
    {
        Evaluate(text).Should().Be(expected);
    }

    [Theory]
    [InlineData("students.count > 10 and decision.refusedAll == false", true)]
    [InlineData("students.count > 20 and decision.refusedAll == false", false)]
    [InlineData("students.count > 20 or decision.refusedAll == false", true)]
    [InlineData("not students.count > 20", true)]
    [InlineData("not (students.count > 10 or hours > 100)", false)]
    [InlineData("students.count > 20 or hours > 100 or exists(term.to)", true)]
    public void AndOrNot_CombineComparisons(string text, bool expected)
    {
        Evaluate(text).Should().Be(expected);
    }

    [Fact]
    public void ValuesBuiltInCode_CompareLikeParsedOnes()
    {
        var data = new JsonObject
        {
            ["count"] = 12,
            ["share"] = 0.75m,
            ["term"] = new JsonObject { ["to"] = new DateOnly(2027, 5, 31).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
            ["approved"] = true,
        };

        Evaluate("count == 12 and share >= 0.75 and term.to == '2027-05-31' and approved == true", data).Should().BeTrue();
    }

    [Fact]
    public void TreesDeeperThanTheParserAllows_AreRefused()
    {
        ConditionNode node = new ExistsNode("a");
        for (var i = 0; i < 200; i++)
        {
            node = new NotNode(node);
        }

        var act = () => ConditionEvaluator.Evaluate(new Condition("built by hand", node), new JsonObject());

        act.Should().Throw<ArgumentException>().WithMessage("*nests deeper*");
    }
}
