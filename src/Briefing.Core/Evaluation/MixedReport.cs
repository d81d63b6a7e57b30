using System.Globalization;

namespace Briefing.Evaluation;

/// <summary>The lines a host prints for a mixed evaluation: one per mix, then the means.</summary>
public static class MixedReport
{
    public static IEnumerable<string> Lines(IReadOnlyList<MixScore> mixes)
    {
        yield return "| mix | clusters | documents | articles | stories | singletons | B3 P | B3 R | B3 F1 | ARI | B3 F1 all docs | R-1 recovered | R-1 perfect | R-2 recovered | R-2 perfect | grouping ms | engine ms |";
        yield return "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";
        foreach (var m in mixes) yield return Row(m.Mix.ToString(CultureInfo.InvariantCulture), [m]);
        if (mixes.Count > 1) yield return Row("mean", mixes);
    }

    private static string Row(string name, IReadOnlyList<MixScore> m) => string.Create(CultureInfo.InvariantCulture,
        $"| {name} | {m.Average(x => x.Clusters):F0} | {m.Average(x => x.Documents):F1} | {m.Average(x => x.Articles):F1} | {m.Average(x => x.Stories):F1} | {m.Average(x => x.Singletons):F1} | " +
        $"{m.Average(x => x.Precision):F3} | {m.Average(x => x.Recall):F3} | {m.Average(x => x.F1):F3} | {m.Average(x => x.AdjustedRand):F3} | {m.Average(x => x.F1AllDocuments):F3} | " +
        $"{m.Average(x => x.RecoveredRouge1):F2} | {m.Average(x => x.PerfectRouge1):F2} | {m.Average(x => x.RecoveredRouge2):F2} | {m.Average(x => x.PerfectRouge2):F2} | {m.Average(x => x.GroupingMs):F0} | {m.Average(x => x.EngineMs):F0} |");
}
