using System.Text;
using HandlebarsDotNet;

namespace AgreementFlow.Documents.Rendering.Templating;

/// <summary>The Handlebars text encoder: every printed value becomes a literal span (see <see cref="LiteralText"/>).</summary>
internal sealed class LiteralTextEncoder : ITextEncoder
{
    public void Encode(StringBuilder? text, TextWriter target)
    {
        if (text is not null)
        {
            LiteralText.Write(text.ToString(), target);
        }
    }

    public void Encode(string? text, TextWriter target)
    {
        if (text is not null)
        {
            LiteralText.Write(text, target);
        }
    }

    public void Encode<T>(T? text, TextWriter target)
        where T : IEnumerator<char>
    {
        if (text is null)
        {
            return;
        }

        var builder = new StringBuilder();
        while (text.MoveNext())
        {
            builder.Append(text.Current);
        }

        LiteralText.Write(builder.ToString(), target);
    }
}
