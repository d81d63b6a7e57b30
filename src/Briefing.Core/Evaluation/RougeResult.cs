namespace Briefing.Evaluation;

/// <summary>ROUGE-1, ROUGE-2, ROUGE-SU4 and ROUGE-Lsum of one summary against one reference.</summary>
public sealed record RougeResult(RougeScore Rouge1, RougeScore Rouge2, RougeScore RougeSU4, RougeScore RougeLsum);
