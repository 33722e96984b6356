using HandlebarsDotNet;
using HandlebarsDotNet.IO;

namespace AgreementFlow.Documents.Rendering.Templating;

/// <summary>Prints a yes/no field as «да» or «нет» rather than .NET's True and False.</summary>
internal sealed class YesNoFormatter : IFormatter, IFormatterProvider
{
    public void Format<T>(T value, in EncodedTextWriter writer) => writer.Write(value is true ? "да" : "нет");

    public bool TryCreateFormatter(Type type, out IFormatter formatter)
    {
        formatter = this;
        return type == typeof(bool);
    }
}
