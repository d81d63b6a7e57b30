namespace Briefing.TestKit.Careful;

/// <summary>Which of a careful model's answers to replay.</summary>
public enum AnswerSet
{
    /// <summary>Every quote copied exactly.</summary>
    Exact,

    /// <summary>About a third of the quotes with the small slips real models make in good faith (<see cref="Imperfections"/>).</summary>
    Imperfect,

    /// <summary>The exact answers plus unfaithful points and disagreement values that cite real quotes.</summary>
    Unfaithful,
}
