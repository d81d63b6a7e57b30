using Briefing.Domain;

namespace Briefing.Tests.Rendering;

/// <summary>A small briefing whose text comes from a hostile article.</summary>
internal static class Documents
{
    public const string Hostile = "Officials said <script>alert('x')</script> & <b>nothing</b> more.";

    public static BriefingDocument Sample() => new(
        "Talks <end> & begin",
        FixedTime.Default.GetUtcNow(),
        "extractive",
        [new Source("S1", "First <i>story</i>", "Outlet One", "https://one.example/a?b=1&c=2", "/in/one.txt", 120), new Source("S2", "Second story", null, "javascript:alert(1)", "/in/two.txt", 80)],
        [new StoryBriefing("Talks <end> & begin", ["S1", "S2"], [new Section("Key points", [new Point(Hostile, [new Citation("S1", Hostile), new Citation("S2", "Officials said nothing more.")]), new Point("Only one source says *this*.", [new Citation("S2", "Only one source says *this*.")])])], [new Disagreement("Death toll", [new DisagreementPosition("S1", "It killed 100 people.", "100 people"), new DisagreementPosition("S2", "It killed 150 people.", "150 people")])], new VerificationReport(3, 2, []))],
        [],
        new VerificationReport(3, 2, [new DroppedClaim("An invented claim.", "S1", "quote not found in S1")]),
        new RunReport([new SkippedInput("/in/empty.txt", "empty file")], [], new Dictionary<string, long> { ["ingest"] = 3 }));
}
