using System.Text;
using Briefing.Text;

namespace Briefing.Evaluation;

/// <summary>
/// ROUGE-1.5.5's text handling: ASCII lower case; everything but letters and digits becomes a space; tokens
/// longer than 3 characters are replaced by their WordNet exception base form when listed, else by their Porter stem.
/// ../shared/eval/README.md says '-' is kept, but the Perl scores it ships only match when a hyphen separates tokens
/// ("10-Q" is two tokens: 187 reference tokens in vector 1, not 184), so a hyphen separates here.
/// </summary>
public sealed class RougeTokenizer(IReadOnlyDictionary<string, string> exceptions)
{
    public static RougeTokenizer PorterOnly { get; } = new(new Dictionary<string, string>());

    /// <summary>Reads a word&lt;TAB&gt;base file such as ../shared/eval/rouge-wordnet-exceptions.tsv.</summary>
    public static RougeTokenizer FromExceptionFile(string path)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path))
        {
            var tab = line.IndexOf('\t');
            if (tab > 0) map[line[..tab]] = line[(tab + 1)..].Trim();
        }

        return new RougeTokenizer(map);
    }

    public string[] Tokenize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c is (>= 'a' and <= 'z') or (>= '0' and <= '9') ? c : ' ');
        }

        var tokens = new List<string>();
        foreach (var raw in sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            tokens.Add(raw.Length > 3 ? exceptions.TryGetValue(raw, out var b) ? b : PorterStemmer.Stem(raw) : raw);
        }

        return [.. tokens];
    }
}
