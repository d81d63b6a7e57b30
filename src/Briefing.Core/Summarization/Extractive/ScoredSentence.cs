namespace Briefing.Summarization.Extractive;

/// <summary>A candidate sentence (index into the story) with its score and the other sources that carry it.</summary>
internal sealed record ScoredSentence(int Index, double Score, IReadOnlyList<(int Sentence, double Similarity)> Support);
