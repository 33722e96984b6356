using System.Text;

namespace AgreementFlow.Documents.Rendering.Templating;

/// <summary>How data values travel from Handlebars to the Markdown parser without being read as markup.</summary>
/// <remarks>Every value Handlebars prints is wrapped in two private-use characters; the Markdown parser copies
/// whatever lies between them as plain text. So <c>**x**</c>, <c>| a |</c>, <c>1. </c> or <c>{{x}}</c> in a value
/// print literally, and the writers then escape for their own output (HTML encoding, XML text in DOCX).</remarks>
internal static class LiteralText
{
    public const char Start = '\uE000';
    public const char End = '\uE001';

    /// <summary>A new line inside a value: a line break, never a new paragraph, list item or table row.</summary>
    public const char LineBreak = '\uE002';

    /// <summary>Writes <paramref name="value"/> wrapped, cleaned of characters no output format can carry.</summary>
    public static void Write(ReadOnlySpan<char> value, TextWriter target)
    {
        target.Write(Start);
        var previousWasReturn = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\n')
            {
                if (!previousWasReturn)
                {
                    target.Write(LineBreak);
                }
            }
            else if (c == '\r')
            {
                target.Write(LineBreak);
            }
            else if (c == '\t')
            {
                target.Write(' ');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                target.Write(c);
                target.Write(value[++i]);
            }
            else if (IsPrintable(c))
            {
                target.Write(c);
            }

            previousWasReturn = c == '\r';
        }

        target.Write(End);
    }

    /// <summary>Template source text cleaned the same way (no markers, no control characters), keeping its line structure.</summary>
    public static string CleanSource(string text)
    {
        var needsCleaning = false;
        foreach (var c in text)
        {
            if (c != '\n' && !IsPrintable(c))
            {
                needsCleaning = true;
                break;
            }
        }

        if (!needsCleaning)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    builder.Append('\n');
                }
            }
            else if (c is '\n')
            {
                builder.Append(c);
            }
            else if (c == '\t')
            {
                builder.Append(' ');
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsPrintable(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool IsPrintable(char c) =>
        c >= ' ' && c is not (Start or End or LineBreak) && !char.IsSurrogate(c) && c is not ('\uFFFE' or '\uFFFF') && !(c >= '\u007F' && c <= '\u009F');
}
