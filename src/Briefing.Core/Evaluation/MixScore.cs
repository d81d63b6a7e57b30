namespace Briefing.Evaluation;

/// <summary>
/// How well the story stage recovered the clusters of one mix (on the articles ingestion keeps; <see cref="F1AllDocuments"/>
/// also counts each dropped document as a group of its own), and the mean ROUGE-1/2 F of each cluster's recovered
/// story summary next to the summary of the cluster itself (perfect grouping). <see cref="GroupingMs"/> is the
/// generator's stories stage, <see cref="EngineMs"/> all its stages (ingestion to verification) for the mix.
/// </summary>
public sealed record MixScore(
    int Mix,
    int Clusters,
    int Documents,
    int Articles,
    int Stories,
    int Singletons,
    double Precision,
    double Recall,
    double F1,
    double AdjustedRand,
    double F1AllDocuments,
    double RecoveredRouge1,
    double RecoveredRouge2,
    double PerfectRouge1,
    double PerfectRouge2,
    double GroupingMs,
    double EngineMs);
