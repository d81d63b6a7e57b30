namespace Briefing.Verification;

/// <summary>
/// Everything a model-written point (or map claim) must pass against the quotes it cites, read as their whole
/// source sentences: numbers, links, dates and wording (<see cref="TextSupport"/>), agreements (<see cref="Commitments"/>), polarity
/// (<see cref="Polarity"/>) and who said it (<see cref="Attribution"/>).
/// </summary>
internal static class PointSupport
{
    /// <summary>Null when supported; else why not.</summary>
    public static string? Check(string text, IReadOnlyCollection<QuoteMatch> quotes, double minCoverage)
    {
        var sentences = string.Join("\n", quotes.Select(q => q.Sentences));
        return TextSupport.Check(text, sentences, minCoverage)
            ?? Commitments.Missing(text, sentences)
            ?? Polarity.Check(text, sentences)
            ?? Attribution.Check(text, sentences, string.Join("\n", quotes.Select(q => q.Context)));
    }

    /// <summary>Whether a disagreement's value is stated in its own quote (compared in canonical form).</summary>
    public static bool ValueInQuote(string value, string quote)
    {
        var v = CanonicalTokens.Values(value);
        if (v.Length == 0) return true;
        var q = CanonicalTokens.Values(quote);
        for (var i = 0; i + v.Length <= q.Length; i++)
        {
            if (v.AsSpan().SequenceEqual(q.AsSpan(i, v.Length))) return true;
        }

        return false;
    }
}
