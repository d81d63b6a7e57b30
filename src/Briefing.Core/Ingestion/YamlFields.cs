using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefing.Ingestion;

/// <summary>
/// The top-level fields of a YAML mapping, read as parser events (no object graph, no alias expansion, no recursion):
/// keys compared case-insensitively, the first of duplicate keys kept, lists and mappings reported, not stringified.
/// </summary>
internal static class YamlFields
{
    /// <summary>Scalar values by lower-case key; <c>null</c> values are keys whose value is a list, a mapping or an alias.</summary>
    public static (Dictionary<string, string?> Fields, List<string> Duplicates) Read(string yaml)
    {
        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var duplicates = new List<string>();
        var parser = new Parser(new StringReader(yaml));
        parser.Consume<StreamStart>();
        if (parser.Accept<StreamEnd>(out _)) return (fields, duplicates);
        parser.Consume<DocumentStart>();
        if (parser.TryConsume<Scalar>(out var only) && only.Value.Length == 0) return (fields, duplicates);
        if (only is not null) throw new InvalidCastException("front matter is a single value, not a mapping");
        parser.Consume<MappingStart>();
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            var key = parser.Consume<Scalar>().Value.Trim().ToLowerInvariant();
            var value = parser.TryConsume<Scalar>(out var scalar) ? scalar.Value : Skip(parser);
            if (fields.ContainsKey(key)) duplicates.Add(key);
            else fields[key] = value;
        }

        return (fields, duplicates);
    }

    /// <summary>Deeper nesting is refused: the YAML scanner's work grows with the square of the depth.</summary>
    public const int MaxDepth = 32;

    // Skips one non-scalar value (a nested list or mapping, or an alias) with a depth counter, stopping at MaxDepth
    // before the scanner reads further.
    private static string? Skip(IParser parser)
    {
        var depth = 0;
        do
        {
            var e = parser.Current ?? throw new YamlException("unexpected end of front matter");
            depth += e.NestingIncrease;
            if (depth > MaxDepth) throw new YamlException(e.Start, e.End, $"values nest more than {MaxDepth} levels deep");
            parser.MoveNext();
        }
        while (depth > 0);
        return null;
    }
}
