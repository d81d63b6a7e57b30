using System.Text.RegularExpressions;
using Briefing.Domain;

namespace Briefing.Summarization.Llm;

/// <summary>
/// What the prompt templates see. Source text is untrusted: anything in it that could pass for one of the prompt's
/// own delimiters (&lt;source&gt;, &lt;claims&gt;) is defused before it is placed.
/// </summary>
internal static partial class PromptViews
{
    public static object Map(Article article, string text, int chunk, int chunks, int claimsWanted) => new
    {
        source = Source(article),
        chunk = new { number = chunk, of = chunks, several = chunks > 1 },
        text = Defuse(text),
        claims_wanted = claimsWanted,
    };

    public static object Combine(Article article, IReadOnlyList<IReadOnlyList<ArticleClaim>> chunkClaims, int claimsWanted) => new
    {
        source = Source(article),
        claims_wanted = claimsWanted,
        chunks = chunkClaims.Select((claims, i) => new { number = i + 1, claims = Claims(claims) }).ToList(),
    };

    public static object Reconcile(IReadOnlyList<Article> articles, IReadOnlyList<ArticleClaims> claims, int words) => new
    {
        words,
        source_ids = string.Join(", ", articles.Select(a => a.Id)),
        sources = articles.Select(a => new
        {
            id = a.Id,
            title = Defuse(a.Title),
            outlet = Defuse(a.Outlet ?? ""),
            published = a.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
            claims = Claims(claims.FirstOrDefault(c => c.SourceId == a.Id)?.Claims ?? []),
        }).ToList(),
    };

    public static string Defuse(string text) => Delimiter().Replace(text, "‹$1");

    private static object Source(Article a) => new
    {
        id = a.Id,
        title = Defuse(a.Title),
        outlet = Defuse(a.Outlet ?? ""),
        published = a.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };

    private static List<object> Claims(IReadOnlyList<ArticleClaim> claims) =>
        claims.Select(c => (object)new
        {
            // A claim that is its own quote is sent once, as a quote: the same words twice only cost tokens.
            claim = c.Quotes.Count == 1 && c.Claim == c.Quotes[0] ? "" : Defuse(c.Claim),
            quotes = c.Quotes.Select(Defuse).ToList(),
        }).ToList();

    [GeneratedRegex(@"<(/?\s*(?:source|claims)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Delimiter();
}
