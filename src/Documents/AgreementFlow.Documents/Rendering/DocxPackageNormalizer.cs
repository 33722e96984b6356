using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace AgreementFlow.Documents.Rendering;

/// <summary>Makes a DOCX package byte-for-byte reproducible: the same document always gives the same SHA-256.</summary>
/// <remarks>System.IO.Packaging stamps every zip entry with the current time and the Open XML SDK names relationships
/// and the core-properties part with random ids. Here the ids become <c>rId1</c>, <c>rId2</c>, … in order of
/// appearance, the core-properties part gets a fixed name and every entry the zip format's earliest time, so a stored
/// version's hash can be checked by rendering it again.</remarks>
internal static partial class DocxPackageNormalizer
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] package)
    {
        var entries = new List<(string Name, byte[] Content)>();
        using (var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        {
            foreach (var entry in input.Entries)
            {
                using var stream = entry.Open();
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                entries.Add((entry.FullName, buffer.ToArray()));
            }
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, content) in entries.Where(e => e.Name.EndsWith(".rels", StringComparison.Ordinal)))
        {
            foreach (Match match in RelationshipId().Matches(Encoding.UTF8.GetString(content)))
            {
                ids.TryAdd(match.Groups[1].Value, $"rId{ids.Count + 1}");
            }
        }

        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var bytes = content;
                if (name.EndsWith(".xml", StringComparison.Ordinal) || name.EndsWith(".rels", StringComparison.Ordinal) || name.EndsWith(".psmdcp", StringComparison.Ordinal))
                {
                    var text = Encoding.UTF8.GetString(content);
                    text = QuotedRandomId().Replace(text, m => ids.TryGetValue(m.Groups[1].Value, out var id) ? $"\"{id}\"" : m.Value);
                    text = CorePropertiesName().Replace(text, "core-properties/core.psmdcp");
                    bytes = Encoding.UTF8.GetBytes(text);
                }

                var entry = archive.CreateEntry(CorePropertiesName().Replace(name, "core-properties/core.psmdcp"), CompressionLevel.Optimal);
                entry.LastWriteTime = FixedTime;
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }

        return output.ToArray();
    }

    [GeneratedRegex("Id=\"(R[0-9a-f]{16})\"")]
    private static partial Regex RelationshipId();

    [GeneratedRegex("\"(R[0-9a-f]{16})\"")]
    private static partial Regex QuotedRandomId();

    [GeneratedRegex("core-properties/[0-9a-f]{32}\\.psmdcp")]
    private static partial Regex CorePropertiesName();
}
