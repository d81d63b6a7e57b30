using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Briefing.Domain;
using Microsoft.SemanticKernel;

namespace Briefing.Summarization.Llm;

/// <summary>
/// The variables each prompt function gets. Source text is untrusted: anything in it that could pass for one of the
/// prompt's own delimiters (&lt;source&gt;, &lt;claims&gt;) is defused, and characters XML cannot carry are dropped,
/// before the kernel encodes it into the user message. Lists of claims are laid out here, one line per claim and quote,
/// because a Semantic Kernel template places values and has no loops.
/// </summary>
internal static partial class PromptViews
{
    public static KernelArguments Map(Article article, string text, int chunk, int chunks, int claimsWanted)
    {
        var args = Source(article);
        args["chunk_number"] = chunk.ToString(CultureInfo.InvariantCulture);
        args["chunk_of"] = chunks.ToString(CultureInfo.InvariantCulture);
        args["part"] = chunks > 1 ? $" (part {chunk} of {chunks}; claim only what this part says)" : "";
        args["text"] = Defuse(text);
        args["claims_wanted"] = claimsWanted.ToString(CultureInfo.InvariantCulture);
        return args;
    }

    public static KernelArguments Combine(Article article, IReadOnlyList<IReadOnlyList<ArticleClaim>> chunkClaims, int claimsWanted)
    {
        var args = Source(article);
        args["claims_wanted"] = claimsWanted.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder();
        for (var i = 0; i < chunkClaims.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Part {i + 1}:\n");
            Claims(text, chunkClaims[i]);
        }

        args["chunks"] = text.ToString().TrimEnd();
        return args;
    }

    public static KernelArguments Reconcile(IReadOnlyList<Article> articles, IReadOnlyList<ArticleClaims> claims, int words)
    {
        var text = new StringBuilder();
        foreach (var a in articles)
        {
            text.Append(CultureInfo.InvariantCulture, $"<claims source=\"{a.Id}\" outlet=\"{Defuse(a.Outlet ?? "")}\" published=\"{Date(a)}\" title=\"{Defuse(a.Title)}\">\n");
            Claims(text, claims.FirstOrDefault(c => c.SourceId == a.Id)?.Claims ?? []);
            text.Append("</claims>\n\n");
        }

        return new KernelArguments
        {
            ["words"] = words.ToString(CultureInfo.InvariantCulture),
            ["source_ids"] = string.Join(", ", articles.Select(a => a.Id)),
            ["sources"] = text.ToString().TrimEnd(),
        };
    }

    public static string Defuse(string text) => XmlUnsafe().Replace(Delimiter().Replace(text, "‹$1"), "");

    private static KernelArguments Source(Article a) => new()
    {
        ["source_id"] = a.Id,
        ["source_title"] = Defuse(a.Title),
        ["source_outlet"] = Defuse(a.Outlet ?? ""),
        ["source_published"] = Date(a),
    };

    private static string Date(Article a) => a.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    private static void Claims(StringBuilder text, IReadOnlyList<ArticleClaim> claims)
    {
        foreach (var c in claims)
        {
            // A claim that is its own quote is sent once, as a quote: the same words twice only cost tokens.
            if (c.Quotes.Count == 1 && c.Claim == c.Quotes[0])
            {
                text.Append("- quote: ").Append(Defuse(c.Quotes[0])).Append('\n');
                continue;
            }

            text.Append("- claim: ").Append(Defuse(c.Claim)).Append('\n');
            foreach (var q in c.Quotes) text.Append("  quote: ").Append(Defuse(q)).Append('\n');
        }
    }

    [GeneratedRegex(@"<(/?\s*(?:source|claims)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Delimiter();

    // The kernel's chat prompt is XML: a character XML cannot hold would make it fall back to one plain-text message.
    [GeneratedRegex(@"[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]")]
    private static partial Regex XmlUnsafe();
}
