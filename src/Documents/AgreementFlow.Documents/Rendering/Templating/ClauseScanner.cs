using System.Text;
using System.Text.RegularExpressions;

namespace AgreementFlow.Documents.Rendering.Templating;

/// <summary>Reads the Handlebars tags of a clause before compiling it.</summary>
/// <remarks>Handlebars.Net reports some syntax errors without a location and others only when rendering (an unknown
/// helper); the editor needs line and column for each and the sandbox must refuse partials and decorators (a recursive
/// inline partial would overflow the stack). The scanner also collects the data paths the clause reads, for the
/// undeclared-field warnings.</remarks>
internal static partial class ClauseScanner
{
    private const string BlockList = "#if, #unless, #each, #with";

    public static ClauseAnalysis Analyze(string text)
    {
        var scan = new Scan(LiteralText.CleanSource(text));
        scan.Run();
        return new ClauseAnalysis(scan.Output.ToString(), scan.Errors, scan.Paths);
    }

    private sealed class Scan(string text)
    {
        private readonly int[] _lineStarts = LineStarts(text);
        private readonly Stack<Frame> _blocks = new();
        private readonly List<Scope> _scopes = [new Scope(string.Empty, [])];
        private int _tagLine;
        private int _tagColumn;

        public StringBuilder Output { get; } = new(text.Length);

        public List<ClauseSyntaxError> Errors { get; } = [];

        public List<DataPathUse> Paths { get; } = [];

        public void Run()
        {
            var pos = 0;
            while (pos < text.Length)
            {
                var open = text.IndexOf("{{", pos, StringComparison.Ordinal);
                if (open < 0)
                {
                    Output.Append(text, pos, text.Length - pos);
                    break;
                }

                Output.Append(text, pos, open - pos);
                (_tagLine, _tagColumn) = Position(open);
                if (open > 0 && text[open - 1] == '\\')
                {
                    // \{{x}} prints {{x}} literally in Handlebars.
                    var literalEnd = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
                    var stop = literalEnd < 0 ? text.Length : literalEnd + 2;
                    Output.Append(text, open, stop - open);
                    pos = stop;
                    continue;
                }

                if (string.CompareOrdinal(text, open, "{{!--", 0, 5) == 0)
                {
                    pos = SkipComment(open, "--}}");
                    continue;
                }

                if (string.CompareOrdinal(text, open, "{{!", 0, 3) == 0 || string.CompareOrdinal(text, open, "{{~!", 0, 4) == 0)
                {
                    pos = SkipComment(open, "}}");
                    continue;
                }

                if (string.CompareOrdinal(text, open, "{{{{", 0, 4) == 0)
                {
                    Error("сырые блоки «{{{{…}}}}» не поддерживаются");
                    var rawEnd = text.IndexOf("}}}}", open + 4, StringComparison.Ordinal);
                    var stop = rawEnd < 0 ? text.Length : rawEnd + 4;
                    Output.Append(text, open, stop - open);
                    pos = stop;
                    continue;
                }

                var triple = open + 2 < text.Length && text[open + 2] == '{';
                var contentStart = open + (triple ? 3 : 2);
                var close = text.IndexOf(triple ? "}}}" : "}}", contentStart, StringComparison.Ordinal);
                if (close < 0)
                {
                    Error("не закрыта конструкция «{{»: нет «}}»");
                    Output.Append(text, open, text.Length - open);
                    pos = text.Length;
                    break;
                }

                var content = text[contentStart..close];
                if (content.Contains("{{", StringComparison.Ordinal))
                {
                    Error("конструкция «{{» не закрыта перед следующей «{{»");
                    Output.Append(text, open, close + (triple ? 3 : 2) - open);
                    pos = close + (triple ? 3 : 2);
                    continue;
                }

                var end = close + (triple ? 3 : 2);
                if (!triple && end < text.Length && text[end] == '}')
                {
                    Error("лишняя «}» после «}}»");
                }

                // Triple-stash would bypass escaping: it is compiled as a plain {{…}}.
                Output.Append("{{").Append(content).Append("}}");
                Tag(content);
                pos = end;
            }

            foreach (var frame in _blocks)
            {
                Errors.Add(new ClauseSyntaxError(frame.Line, frame.Column, $"блок «{{{{#{frame.Name}}}}}» не закрыт: нет «{{{{/{frame.Name}}}}}»"));
            }

            Errors.Sort((a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
        }

        private int SkipComment(int open, string terminator)
        {
            var end = text.IndexOf(terminator, open + 3, StringComparison.Ordinal);
            if (end < 0)
            {
                Error("не закрыт комментарий «{{!»");
                return text.Length;
            }

            var stop = end + terminator.Length;
            Output.Append(text, open, stop - open);
            return stop;
        }

        private void Tag(string content)
        {
            var s = content.Trim();
            if (s.StartsWith('~'))
            {
                s = s[1..].TrimStart();
            }

            if (s.EndsWith('~'))
            {
                s = s[..^1].TrimEnd();
            }

            if (s.Length == 0)
            {
                Error("пустая конструкция «{{ }}»");
                return;
            }

            switch (s[0])
            {
                case '!':
                    return;
                case '>':
                    Error("вставка других шаблонов («{{>…}}») не поддерживается");
                    return;
                case '*':
                    Error("декораторы («{{*…}}») не поддерживаются");
                    return;
                case '&':
                    Error("«{{&…}}» не поддерживается: пишите «{{…}}» — значения всегда выводятся как текст");
                    return;
                case '#':
                    if (s.Length > 1 && s[1] is '>' or '*')
                    {
                        Error(s[1] == '>' ? "вставка других шаблонов («{{#>…}}») не поддерживается" : "встроенные шаблоны и декораторы («{{#*…}}») не поддерживаются");

                        // Still a block: its closing tag is not a second error.
                        var blockName = s[2..].Trim().Split(' ', 2)[0];
                        _blocks.Push(new Frame(blockName, _tagLine, _tagColumn, PushesScope: false));
                        return;
                    }

                    OpenBlock(s[1..].Trim());
                    return;
                case '^':
                    if (s.Length == 1)
                    {
                        Else([]);
                        return;
                    }

                    OpenBlock(s[1..].Trim());
                    return;
                case '/':
                    CloseBlock(s[1..].Trim());
                    return;
                default:
                    Expression(s);
                    return;
            }
        }

        private void OpenBlock(string body)
        {
            var tokens = Tokenize(body);
            if (tokens is null)
            {
                return;
            }

            if (tokens.Count == 0)
            {
                Error("у блока «{{#…}}» нет имени");
                return;
            }

            var name = tokens[0].Text;
            var (arguments, blockParams) = SplitBlockParams(tokens.Skip(1).ToList());
            var frame = new Frame(name, _tagLine, _tagColumn, PushesScope: name is "each" or "with");
            if (!TemplateHelpers.BlockNames.Contains(name))
            {
                Error($"неизвестный блок «#{name}»; можно: {BlockList}");
            }
            else if (arguments.Count != 1)
            {
                Error($"блок «{{{{#{name}}}}}» ждёт одно значение, например «{{{{#{name} {(name == "each" ? "partners" : "mobility.enabled")}}}}}»");
            }

            foreach (var argument in arguments)
            {
                Argument(argument);
            }

            if (frame.PushesScope)
            {
                var target = arguments.Count == 1 && arguments[0].Kind == TokenKind.Path ? Resolve(arguments[0].Text) : null;
                var scopePath = target is null ? null : name == "each" ? target + "[]" : target;
                var aliases = new Dictionary<string, string?>(StringComparer.Ordinal);
                if (blockParams.Count > 0)
                {
                    aliases[blockParams[0]] = scopePath;
                }

                for (var i = 1; i < blockParams.Count; i++)
                {
                    aliases[blockParams[i]] = null;
                }

                _scopes.Add(new Scope(scopePath, aliases));
            }

            _blocks.Push(frame);
        }

        private void CloseBlock(string name)
        {
            if (_blocks.Count == 0)
            {
                Error($"«{{{{/{name}}}}}» закрывает блок, который не был открыт");
                return;
            }

            var frame = _blocks.Pop();
            if (frame.Name != name)
            {
                Error($"«{{{{/{name}}}}}» не подходит: открыт блок «{{{{#{frame.Name}}}}}» (строка {frame.Line}, позиция {frame.Column})");
            }

            if (frame.PushesScope)
            {
                _scopes.RemoveAt(_scopes.Count - 1);
            }
        }

        private void Else(List<Token> rest)
        {
            if (_blocks.Count == 0)
            {
                Error("«{{else}}» вне блока");
                return;
            }

            var frame = _blocks.Peek();
            if (frame.ElseLine is { } elseLine)
            {
                Error($"второй «{{{{else}}}}» в одном блоке «{{{{#{frame.Name}}}}}» (первый — строка {elseLine}, позиция {frame.ElseColumn})");
                return;
            }

            if (rest.Count == 0)
            {
                frame.ElseLine = _tagLine;
                frame.ElseColumn = _tagColumn;
                return;
            }

            if (rest[0].Text is not ("if" or "unless") || rest.Count != 2)
            {
                Error("после «else» можно только «if значение» или «unless значение»");
                return;
            }

            Argument(rest[1]);
        }

        private void Expression(string body)
        {
            var tokens = Tokenize(body);
            if (tokens is null || tokens.Count == 0)
            {
                return;
            }

            if (tokens[0].Kind == TokenKind.Path && tokens[0].Text == "else")
            {
                Else(tokens.Skip(1).ToList());
                return;
            }

            if (tokens.Count == 1)
            {
                if (tokens[0].Kind == TokenKind.Path && TemplateHelpers.Names.Contains(tokens[0].Text))
                {
                    return;
                }

                Argument(tokens[0]);
                return;
            }

            Call(tokens);
        }

        private void Call(List<Token> tokens)
        {
            var name = tokens[0];
            if (name.Kind != TokenKind.Path || !TemplateHelpers.Names.Contains(name.Text))
            {
                Error($"неизвестная функция «{name.Text}»; можно: {string.Join(", ", TemplateHelpers.Names.Order(StringComparer.Ordinal))}");
            }

            foreach (var argument in tokens.Skip(1))
            {
                Argument(argument);
            }
        }

        private void Argument(Token token)
        {
            switch (token.Kind)
            {
                case TokenKind.Path:
                    if (TemplateHelpers.BlockNames.Contains(token.Text) || token.Text == "else")
                    {
                        Error($"«{token.Text}» здесь не к месту: блоки пишутся как «{{{{#{token.Text} …}}}}»");
                        return;
                    }

                    var resolved = Resolve(token.Text);
                    if (!string.IsNullOrEmpty(resolved))
                    {
                        Paths.Add(new DataPathUse(token.Text, resolved, _tagLine, _tagColumn));
                    }

                    return;
                case TokenKind.SubExpression:
                    if (token.Children.Count == 0)
                    {
                        Error("пустые скобки «()»");
                        return;
                    }

                    Call(token.Children);
                    return;
                case TokenKind.Hash:
                    Argument(token.Children[0]);
                    return;
                default:
                    return;
            }
        }

        /// <summary>The path against the root with rows as <c>[]</c>; null when it cannot be known (a data variable).</summary>
        private string? Resolve(string raw)
        {
            if (raw.StartsWith('@'))
            {
                return raw.StartsWith("@root.", StringComparison.Ordinal) ? Normalize(raw[6..]) : null;
            }

            var depth = 0;
            while (raw.StartsWith("../", StringComparison.Ordinal))
            {
                depth++;
                raw = raw[3..];
            }

            string relative;
            if (raw is "this" or ".")
            {
                relative = string.Empty;
            }
            else if (raw.StartsWith("this.", StringComparison.Ordinal) || raw.StartsWith("this/", StringComparison.Ordinal))
            {
                relative = raw[5..];
            }
            else if (raw.StartsWith("./", StringComparison.Ordinal))
            {
                relative = raw[2..];
            }
            else
            {
                relative = raw;
            }

            relative = Normalize(relative);
            var index = _scopes.Count - 1 - depth;
            if (index < 0)
            {
                index = 0;
            }

            if (depth == 0 && relative.Length > 0)
            {
                // Block parameters (each partners as |p i|) of this and enclosing scopes.
                var first = relative.Split('.', 2)[0];
                for (var i = _scopes.Count - 1; i >= 0; i--)
                {
                    if (_scopes[i].Aliases.TryGetValue(first, out var aliasTarget))
                    {
                        return aliasTarget is null ? null : Combine(aliasTarget, relative.Length > first.Length ? relative[(first.Length + 1)..] : string.Empty);
                    }
                }
            }

            var scope = _scopes[index].Path;
            return scope is null ? null : Combine(scope, relative);
        }

        private static string Combine(string scope, string relative) =>
            scope.Length == 0 ? relative : relative.Length == 0 ? scope : scope + "." + relative;

        private static string Normalize(string path)
        {
            path = path.Replace('/', '.');
            path = IndexSegment().Replace(path, "[]");
            return path.Replace(".[]", "[]", StringComparison.Ordinal);
        }

        private static (List<Token> Arguments, List<string> BlockParams) SplitBlockParams(List<Token> tokens)
        {
            var asIndex = tokens.FindIndex(t => t.Kind == TokenKind.Path && t.Text == "as");
            if (asIndex < 0 || asIndex + 1 >= tokens.Count || tokens[asIndex + 1].Kind != TokenKind.BlockParams)
            {
                return (tokens, []);
            }

            return (tokens.Take(asIndex).ToList(), tokens[asIndex + 1].Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList());
        }

        private List<Token>? Tokenize(string body)
        {
            var pos = 0;
            var tokens = ReadTokens(body, ref pos, inParentheses: false);
            return tokens;
        }

        private List<Token>? ReadTokens(string body, ref int pos, bool inParentheses)
        {
            var tokens = new List<Token>();
            while (true)
            {
                while (pos < body.Length && char.IsWhiteSpace(body[pos]))
                {
                    pos++;
                }

                if (pos >= body.Length)
                {
                    if (inParentheses)
                    {
                        Error("не закрыта скобка «(»");
                        return null;
                    }

                    return tokens;
                }

                var c = body[pos];
                if (c == ')')
                {
                    if (!inParentheses)
                    {
                        Error("лишняя скобка «)»");
                        return null;
                    }

                    pos++;
                    return tokens;
                }

                Token? token;
                if (c == '(')
                {
                    pos++;
                    var children = ReadTokens(body, ref pos, inParentheses: true);
                    if (children is null)
                    {
                        return null;
                    }

                    token = new Token(TokenKind.SubExpression, "(…)", children);
                }
                else if (c is '"' or '\'')
                {
                    var end = body.IndexOf(c, pos + 1);
                    if (end < 0)
                    {
                        Error($"не закрыта кавычка {c}");
                        return null;
                    }

                    token = new Token(TokenKind.Literal, body[(pos + 1)..end], []);
                    pos = end + 1;
                }
                else if (c == '|')
                {
                    var end = body.IndexOf('|', pos + 1);
                    if (end < 0)
                    {
                        Error("не закрыт список параметров блока «|…|»");
                        return null;
                    }

                    token = new Token(TokenKind.BlockParams, body[(pos + 1)..end], []);
                    pos = end + 1;
                }
                else
                {
                    var start = pos;
                    while (pos < body.Length && !char.IsWhiteSpace(body[pos]) && body[pos] is not ('(' or ')' or '=' or '"' or '\'' or '|'))
                    {
                        if (body[pos] == '[')
                        {
                            var end = body.IndexOf(']', pos);
                            pos = end < 0 ? body.Length : end;
                        }

                        pos++;
                    }

                    var word = body[start..pos];
                    if (pos < body.Length && body[pos] == '=')
                    {
                        pos++;
                        var valueTokens = ReadSingle(body, ref pos);
                        if (valueTokens is null)
                        {
                            return null;
                        }

                        token = new Token(TokenKind.Hash, word, [valueTokens]);
                    }
                    else if (word.Length == 0)
                    {
                        Error($"непонятный знак «{body[pos]}»");
                        return null;
                    }
                    else
                    {
                        token = Classify(word);
                    }
                }

                tokens.Add(token);
            }
        }

        private Token? ReadSingle(string body, ref int pos)
        {
            var rest = body[pos..];
            var p = 0;
            var start = pos;
            if (rest.Length > 0 && rest[0] == '(')
            {
                p = 1;
                var children = ReadTokens(rest, ref p, inParentheses: true);
                pos = start + p;
                return children is null ? null : new Token(TokenKind.SubExpression, "(…)", children);
            }

            if (rest.Length > 0 && rest[0] is '"' or '\'')
            {
                var end = rest.IndexOf(rest[0], 1);
                if (end < 0)
                {
                    Error($"не закрыта кавычка {rest[0]}");
                    return null;
                }

                pos = start + end + 1;
                return new Token(TokenKind.Literal, rest[1..end], []);
            }

            while (p < rest.Length && !char.IsWhiteSpace(rest[p]) && rest[p] is not ('(' or ')'))
            {
                p++;
            }

            pos = start + p;
            if (p == 0)
            {
                Error("после «=» нет значения");
                return null;
            }

            return Classify(rest[..p]);
        }

        private static Token Classify(string word) =>
            word is "true" or "false" or "null" or "undefined" || NumberPattern().IsMatch(word)
                ? new Token(TokenKind.Literal, word, [])
                : new Token(TokenKind.Path, word, []);

        private void Error(string message) => Errors.Add(new ClauseSyntaxError(_tagLine, _tagColumn, message));

        private (int Line, int Column) Position(int index)
        {
            var line = Array.BinarySearch(_lineStarts, index);
            if (line < 0)
            {
                line = ~line - 1;
            }

            return (line + 1, index - _lineStarts[line] + 1);
        }

        private static int[] LineStarts(string text)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            return [.. starts];
        }
    }

    private sealed record Frame(string Name, int Line, int Column, bool PushesScope)
    {
        /// <summary>Where a plain <c>{{else}}</c> of this block stands (a block has at most one; <c>else if</c> chains are fine).</summary>
        public int? ElseLine { get; set; }

        public int ElseColumn { get; set; }
    }

    private sealed record Scope(string? Path, Dictionary<string, string?> Aliases);

    private enum TokenKind
    {
        Path,
        Literal,
        SubExpression,
        Hash,
        BlockParams,
    }

    private sealed record Token(TokenKind Kind, string Text, List<Token> Children);

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex IndexSegment();
}
