namespace AgreementFlow.Workflows.Definitions.Conditions;

/// <summary>
/// Recursive descent over the tokens of a condition:
/// <c>or := and ('or' and)*</c>, <c>and := unary ('and' unary)*</c>, <c>unary := 'not' unary | primary</c>,
/// <c>primary := '(' or ')' | 'exists' '(' path ')' | path operator literal</c>.
/// </summary>
/// <remarks>Every '(' and 'not' counts towards <see cref="ConditionParser.MaxDepth"/>, which bounds the recursion.</remarks>
internal sealed class ConditionSyntaxReader(IReadOnlyList<ConditionToken> tokens)
{
    private int _position;
    private int _depth;

    /// <summary>The first problem found, as "at column N: …"; null while there is none.</summary>
    public string? Error { get; private set; }

    private ConditionToken Current => tokens[_position];

    /// <summary>The whole condition, or null with <see cref="Error"/> set.</summary>
    public ConditionNode? ReadCondition()
    {
        if (Current.Kind == ConditionTokenKind.End)
        {
            return Fail<ConditionNode>(Current, "the condition is empty");
        }

        var node = ReadOr();
        if (node is null)
        {
            return null;
        }

        return Current.Kind == ConditionTokenKind.End
            ? node
            : Fail<ConditionNode>(Current, "expected 'and', 'or' or the end of the condition");
    }

    private ConditionNode? ReadOr()
    {
        var first = ReadAnd();
        if (first is null || Current.Kind != ConditionTokenKind.Or)
        {
            return first;
        }

        var operands = new List<ConditionNode> { first };
        while (Current.Kind == ConditionTokenKind.Or)
        {
            _position++;
            var next = ReadAnd();
            if (next is null)
            {
                return null;
            }

            operands.Add(next);
        }

        return new OrNode(operands);
    }

    private ConditionNode? ReadAnd()
    {
        var first = ReadUnary();
        if (first is null || Current.Kind != ConditionTokenKind.And)
        {
            return first;
        }

        var operands = new List<ConditionNode> { first };
        while (Current.Kind == ConditionTokenKind.And)
        {
            _position++;
            var next = ReadUnary();
            if (next is null)
            {
                return null;
            }

            operands.Add(next);
        }

        return new AndNode(operands);
    }

    private ConditionNode? ReadUnary()
    {
        if (Current.Kind != ConditionTokenKind.Not)
        {
            return ReadPrimary();
        }

        if (!Enter(Current))
        {
            return null;
        }

        _position++;
        var operand = ReadUnary();
        _depth--;
        return operand is null ? null : new NotNode(operand);
    }

    private ConditionNode? ReadPrimary()
    {
        var token = Current;
        switch (token.Kind)
        {
            case ConditionTokenKind.OpenParenthesis:
                return ReadParenthesised(token);
            case ConditionTokenKind.Exists:
                return ReadExists();
            case ConditionTokenKind.Path:
                return ReadComparison(token);
            default:
                return Fail<ConditionNode>(token, "expected a field path, 'not', 'exists' or '('");
        }
    }

    private ConditionNode? ReadParenthesised(ConditionToken open)
    {
        if (!Enter(open))
        {
            return null;
        }

        _position++;
        var inner = ReadOr();
        if (inner is null)
        {
            return null;
        }

        if (Current.Kind != ConditionTokenKind.CloseParenthesis)
        {
            return Fail<ConditionNode>(Current, $"expected ')' to close the '(' at column {open.Column}");
        }

        _position++;
        _depth--;
        return inner;
    }

    private ExistsNode? ReadExists()
    {
        _position++;
        if (Current.Kind != ConditionTokenKind.OpenParenthesis)
        {
            return Fail<ExistsNode>(Current, "expected '(' after 'exists'");
        }

        _position++;
        var path = Current;
        if (path.Kind != ConditionTokenKind.Path)
        {
            return Fail<ExistsNode>(path, "expected a field path inside exists(…)");
        }

        _position++;
        if (Current.Kind != ConditionTokenKind.CloseParenthesis)
        {
            return Fail<ExistsNode>(Current, $"expected ')' after '{path.Text}'");
        }

        _position++;
        return new ExistsNode(path.Text);
    }

    private ComparisonNode? ReadComparison(ConditionToken path)
    {
        _position++;
        var op = Current;
        if (op.Kind != ConditionTokenKind.Operator)
        {
            return Fail<ComparisonNode>(op, $"expected a comparison operator (==, !=, <, <=, >, >=) after '{path.Text}'");
        }

        _position++;
        var value = Current;
        if (value.Literal is not { } literal)
        {
            return Fail<ComparisonNode>(value, $"expected a value after '{op.Text}'");
        }

        if (op.Operator is not (ComparisonOperator.Equal or ComparisonOperator.NotEqual)
            && literal.Kind is not (ConditionLiteralKind.Number or ConditionLiteralKind.Text))
        {
            return Fail<ComparisonNode>(value, $"'{op.Text}' compares numbers or strings");
        }

        _position++;
        return new ComparisonNode(path.Text, op.Operator, literal);
    }

    private bool Enter(ConditionToken token)
    {
        if (++_depth <= ConditionParser.MaxDepth)
        {
            return true;
        }

        Record(token, $"the condition nests deeper than {ConditionParser.MaxDepth} levels", showFound: false);
        return false;
    }

    private T? Fail<T>(ConditionToken token, string message)
        where T : class
    {
        Record(token, message);
        return null;
    }

    private void Record(ConditionToken token, string message, bool showFound = true)
    {
        var found = !showFound || token.Kind == ConditionTokenKind.End ? "" : $"; found '{token.Text}'";
        Error ??= $"at column {token.Column}: {message}{found}";
    }
}
