using System.Text;
using Briefing.Text;

namespace Briefing.Verification;

/// <summary>The comparison form for quotes: white space collapsed, curly quotes and dashes made plain.</summary>
internal static class QuoteNormalizer
{
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '‘' or '’' or '‚' or '′' or '`' => '\'',
                '“' or '”' or '„' or '″' => '"',
                '–' or '—' or '‒' => '-',
                _ => c,
            });
        }

        return Whitespace.Collapse(sb.ToString());
    }
}
