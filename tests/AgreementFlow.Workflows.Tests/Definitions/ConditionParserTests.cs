using AgreementFlow.Workflows.Definitions;
using AgreementFlow.Workflows.Definitions.Conditions;

namespace AgreementFlow.Workflows.Tests.Definitions;

public sealed class ConditionParserTests
{
    private static ConditionNode Parse(string text)
    {
        ConditionParser.TryParse(text, out var condition, out var error).Should().BeTrue(error);
        error.Should().BeEmpty();
        condition!.Source.Should().Be(text);
        return condition.Root;
    }

    [Theory]
    [InlineData("decision.refusedAll == true", "decision.refusedAll == true")]
    [InlineData("students.count >= 10", "students.count >= 10")]
    [InlineData("term.to < '2026-09-01'", "term.to < '2026-09-01'")]
    [InlineData("name != \"O'Brien\"", "name != 'O\\'Brien'")]
    [InlineData("decision.reason == null", "decision.reason == null")]
    [InlineData("score > -2.5", "score > -2.5")]
    [InlineData("exists(decision.reason)", "exists(decision.reason)")]
    [InlineData("a == 1 or b == 2 and c == 3", "(a == 1 or (b == 2 and c == 3))")]
    [InlineData("(a == 1 or b == 2) and c == 3", "((a == 1 or b == 2) and c == 3)")]
    [InlineData("not a == 1 and b == 2", "(not (a == 1) and b == 2)")]
    [InlineData("not (a == 1 and b == 2)", "not ((a == 1 and b == 2))")]
    [InlineData("a == 1 and b == 2 and c == 3", "(a == 1 and b == 2 and c == 3)")]
    public void Parses_WithNotBeforeAndBeforeOr(string text, string expected)
    {
        Parse(text).ToString().Should().Be(expected);
    }

    [Fact]
    public void Comparison_KeepsThePathOperatorAndLiteral()
    {
        Parse("term.to <= '2026-09-01'").Should().Be(
            new ComparisonNode("term.to", ComparisonOperator.LessOrEqual, ConditionLiteral.FromText("2026-09-01")));
    }

    [Theory]
    [InlineData("decision.refusedAll ==", "at column 23: expected a value after '=='")]
    [InlineData("decision.refusedAll == and", "at column 24: expected a value after '=='; found 'and'")]
    [InlineData("status == approved", "at column 11: expected a value after '=='; found 'approved'")]
    [InlineData("a == 1 and", "at column 11: expected a field path, 'not', 'exists' or '('")]
    [InlineData("(a == 1", "at column 8: expected ')' to close the '(' at column 1")]
    [InlineData("a == 1 b == 2", "at column 8: expected 'and', 'or' or the end of the condition; found 'b'")]
    [InlineData("a decision", "at column 3: expected a comparison operator (==, !=, <, <=, >, >=) after 'a'; found 'decision'")]
    [InlineData("a = 1", "at column 3: unexpected '='; compare with '=='")]
    [InlineData("!a", "at column 1: unexpected '!'; negate with 'not'")]
    [InlineData("a == 1 && b == 2", "at column 8: unexpected '&'; join conditions with 'and'")]
    [InlineData("a == 'open", "at column 6: the string that starts here is not closed")]
    [InlineData("a < true", "at column 5: '<' compares numbers or strings; found 'true'")]
    [InlineData("a..b == 1", "at column 1: 'a..b' is not a field path; expected names of letters, digits and '_' separated by single dots")]
    [InlineData("a == 1x", "at column 6: '1x' is not a number")]
    [InlineData("true == a", "at column 1: expected a field path, 'not', 'exists' or '('; found 'true'")]
    [InlineData("exists(a", "at column 9: expected ')' after 'a'")]
    [InlineData("a == 1 # comment", "at column 8: unexpected character '#'")]
    [InlineData("", "at column 1: the condition is empty")]
    [InlineData("   ", "at column 4: the condition is empty")]
    public void InvalidConditions_NameTheColumnAndWhatWasExpected(string text, string expected)
    {
        ConditionParser.TryParse(text, out var condition, out var error).Should().BeFalse();

        condition.Should().BeNull();
        error.Should().Be(expected);
    }

    [Fact]
    public void NestingUpToTheLimit_IsAccepted_AndOneLevelMoreIsNot()
    {
        var deepest = new string('(', ConditionParser.MaxDepth) + "a == 1" + new string(')', ConditionParser.MaxDepth);
        var tooDeep = "(" + deepest + ")";

        ConditionParser.TryParse(deepest, out _, out _).Should().BeTrue();
        ConditionParser.TryParse(tooDeep, out _, out var error).Should().BeFalse();
        error.Should().Be("at column 33: the condition nests deeper than 32 levels");
    }

    [Fact]
    public void ChainedNots_CountTowardsTheDepth()
    {
        var text = string.Concat(Enumerable.Repeat("not ", 40)) + "a == 1";

        ConditionParser.TryParse(text, out _, out var error).Should().BeFalse();
        error.Should().Be("at column 129: the condition nests deeper than 32 levels");
    }

    [Fact]
    public void ConditionLongerThanTheLimit_IsRefused()
    {
        var text = string.Join(" or ", Enumerable.Repeat("decision.refusedAll == true", 20));
        text.Length.Should().BeGreaterThan(ConditionParser.MaxLength);

        ConditionParser.TryParse(text, out _, out var error).Should().BeFalse();
        error.Should().Be("at column 501: the condition is longer than the limit of 500 characters");
    }
}
