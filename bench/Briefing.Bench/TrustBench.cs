using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Briefing.Domain;
using Briefing.Generation;
using Briefing.Ingestion;
using Briefing.TestKit.Careful;
using Briefing.TestKit.FakeOpenAI;
using Briefing.Verification;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Bench;

/// <summary>
/// Trust figures of the LLM engine against a careful, strong model's hand-written answers (tests/Briefing.TestKit/Careful)
/// replayed by the fake server: faithful points kept with exact quotes and with good-faith slips, unfaithful points and
/// wrong values kept, disagreement values found in their quotes, the support checks' rates on single points, and the
/// seeds briefing's length and disagreements.
/// </summary>
internal static partial class TrustBench
{
    public static async Task RunAsync(string root)
    {
        await using var server = await FakeOpenAIServer.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Rendering:TemplatesPath"] = Path.Combine(root, "templates"),
            ["Summarization:Engine"] = "Llm",
            ["Llm:Endpoint"] = server.Endpoint,
            ["Llm:Model"] = "careful-model",
            ["Llm:PromptsPath"] = Path.Combine(root, "prompts"),
            ["Llm:CachePath"] = "",
        }).Build();
        await using var services = new ServiceCollection().AddBriefingCore(configuration).BuildServiceProvider();
        var generator = services.GetRequiredService<IBriefingGenerator>();

        Console.WriteLine("LLM engine against a careful model's hand-written answers, replayed by the fake OpenAI-compatible server");
        Console.WriteLine();
        Console.WriteLine("| story | answers | faithful points kept | map claims kept | unfaithful kept | disagreement values in their quote | words | disagreements |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|");
        int faithful = 0, faithfulKept = 0, unfaithful = 0, unfaithfulKept = 0, values = 0, valuesFound = 0;
        foreach (var name in CarefulStory.Names)
        {
            var story = CarefulStory.Load(name);
            foreach (var set in Enum.GetValues<AnswerSet>())
            {
                server.Reset();
                var model = new CarefulModel(story, set);
                server.Script = model.Answer;
                var briefing = await generator.GenerateAsync(new GenerationRequest([ArticleInput.FromPath(story.Folder)]) { OneStory = true }, null, default);
                var told = briefing.Stories.Single();
                var texts = told.Sections.SelectMany(s => s.Points).Select(p => p.Text).ToList();
                var kept = story.FaithfulPointTexts.Count(texts.Contains);
                var badKept = story.UnfaithfulPointTexts.Count(texts.Contains) + story.UnfaithfulValues.Count(v => told.Disagreements.Any(d => d.Positions.Any(p => p.Value == v)));
                var positions = told.Disagreements.SelectMany(d => d.Positions).ToList();
                var found = positions.Count(p => Canonical(p.Quote).Contains(Canonical(p.Value), StringComparison.Ordinal));
                var mapDropped = briefing.Run.Model!.DroppedAtMap.Count(d => !d.Reason.Contains("claim kept", StringComparison.Ordinal));
                var words = texts.Sum(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);
                faithful += story.FaithfulPointTexts.Count;
                faithfulKept += kept;
                values += positions.Count;
                valuesFound += found;
                if (set == AnswerSet.Unfaithful)
                {
                    unfaithful += story.UnfaithfulPointTexts.Count + story.UnfaithfulValues.Count;
                    unfaithfulKept += badKept;
                }

                var bad = set == AnswerSet.Unfaithful ? $"{badKept} of {story.UnfaithfulPointTexts.Count + story.UnfaithfulValues.Count}" : "—";
                Console.WriteLine($"| {name} | {set}{(set == AnswerSet.Imperfect ? $" ({model.Served.Slipped} of {model.Served.Quotes} quotes slipped)" : "")} | {kept}/{story.FaithfulPointTexts.Count} | {story.MapClaimCount - mapDropped}/{story.MapClaimCount} | {bad} | {found}/{positions.Count} | {words} | {told.Disagreements.Count} |");
            }
        }

        Console.WriteLine();
        Console.WriteLine("| target | result | goal |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| faithful points kept (all runs) | {faithfulKept}/{faithful} = {100.0 * faithfulKept / faithful:F1}% | >= 95% |");
        Console.WriteLine($"| unfaithful points and values kept | {unfaithfulKept} of {unfaithful} | 0 |");
        Console.WriteLine($"| disagreement values found in their quote | {valuesFound}/{values} | all |");
        await SupportTableAsync(services);
    }

    // Every fixture point and map claim checked alone against its own quotes: the support checks' two rates.
    private static async Task SupportTableAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<IArticleLoader>();
        var verifier = services.GetRequiredService<ICitationVerifier>();
        int good = 0, goodPassed = 0, bad = 0, badCaught = 0;
        foreach (var name in CarefulStory.Names)
        {
            var story = CarefulStory.Load(name);
            var articles = (await loader.LoadAsync([ArticleInput.FromPath(story.Folder)], default)).Articles;
            var mapPoints = story.Maps.SelectMany(m => m.Claims.Select(c => new Point(
                (string)c!["claim"]!,
                [.. c["quotes"]!.AsArray().Select(q => new Citation(articles.First(a => a.SourceText.Contains(m.Match, StringComparison.Ordinal)).Id, (string)q!))])));
            foreach (var point in Points(story.Reconcile["sections"]!.AsArray().SelectMany(s => s!["points"]!.AsArray())).Concat(mapPoints))
            {
                good++;
                if (Passes(verifier, point, articles)) goodPassed++;
            }

            foreach (var point in Points(story.UnfaithfulPoints))
            {
                bad++;
                if (!Passes(verifier, point, articles)) badCaught++;
            }
        }

        Console.WriteLine($"| support checks: faithful points and claims passed | {goodPassed}/{good} = {100.0 * goodPassed / good:F1}% | >= 95% |");
        Console.WriteLine($"| support checks: unfaithful points caught | {badCaught}/{bad} = {100.0 * badCaught / bad:F1}% | 100% |");
    }

    private static bool Passes(ICitationVerifier verifier, Point point, IReadOnlyList<Article> articles) =>
        verifier.Verify(new BriefingDraft(null, [new Section("Points", [point])], []), articles).Report.Verified == 1;

    private static IEnumerable<Point> Points(IEnumerable<JsonNode?> points) =>
        points.Select(p => new Point((string)p!["text"]!, [.. p["citations"]!.AsArray().Select(c => new Citation((string)c!["source_id"]!, (string)c["quote"]!))]));

    private static string Canonical(string text) => NotWord().Replace(text.ToLowerInvariant().Replace(",", "", StringComparison.Ordinal), " ").Trim();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotWord();
}
