using Briefing.Domain;
using Briefing.Text;
using Briefing.Verification;

namespace Briefing.Summarization.Llm;

/// <summary>
/// Never thin, never empty: when the model's points that pass verification fill less than half the word budget,
/// the extractive reconciliation of the verified claims (<see cref="ClaimReconciler"/>) tops them up, skipping
/// claims whose quotes a kept point already cites and web-page furniture (links, calls to action), and the run report says so. Verified claims always give a
/// briefing with points.
/// </summary>
internal static class BudgetFill
{
    public static BriefingDraft Fill(BriefingDraft draft, ClaimGraph graph, IReadOnlyList<Article> articles, int words, ICitationVerifier verifier, List<string> warnings)
    {
        var kept = verifier.Verify(draft with { Disagreements = [] }, articles).Sections.SelectMany(s => s.Points).Where(p => p.Verified).ToList();
        var used = kept.Sum(p => Tokenizer.CountWords(p.Text));
        if (used * 2 >= words || graph.Items.Count == 0) return draft;

        var cited = kept.SelectMany(p => p.Citations).Select(c => (c.SourceId, c.Quote)).ToHashSet();
        var candidates = ClaimReconciler.Reconcile(graph, words - used).Sections.SelectMany(s => s.Points).ToList();
        var extra = candidates
            .Where(p => !p.Citations.Any(c => cited.Contains((c.SourceId, c.Quote))) && !Boilerplate.IsLikely(p.Text) && !p.Text.Contains("://", StringComparison.Ordinal))
            .ToList();
        if (extra.Count == 0 && kept.Count == 0) extra = candidates; // furniture is still better than an empty briefing
        if (extra.Count == 0) return draft;

        warnings.Add($"the model's verified points came to {used} of {words} words; {extra.Count} point(s) were added from the extractive reconciliation of the verified claims");
        var sections = draft.Sections.ToList();
        var details = sections.FindIndex(s => s.Heading == "Details");
        if (details >= 0) sections[details] = sections[details] with { Points = [.. sections[details].Points, .. extra] };
        else sections.Add(new Section("Details", extra));
        return draft with { Sections = sections };
    }
}
