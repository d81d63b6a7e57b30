namespace Briefing.Verification;

/// <summary>
/// Where a model's quote was found: <see cref="Exact"/> is the source's own text that matched (segments joined
/// with " … "), the only form ever shown; <see cref="Sentences"/> the whole source sentences it falls in, which
/// support checks read; <see cref="Context"/> those sentences with the two before, where a speaker given as "he" was named.
/// </summary>
internal sealed record QuoteMatch(string Exact, string Sentences, string Context);
