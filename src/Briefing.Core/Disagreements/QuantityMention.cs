namespace Briefing.Disagreements;

/// <summary>A figure in a sentence: "more than 400,000 people" has value 400000, unit "people".</summary>
internal sealed record QuantityMention(int Sentence, string Phrase, double Value, bool Vague, string Unit, string? Event);
