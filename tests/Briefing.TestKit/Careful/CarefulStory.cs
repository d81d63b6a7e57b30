using System.Text.Json.Nodes;

namespace Briefing.TestKit.Careful;

/// <summary>
/// One story's hand-written answers of a careful, strong model (tests/Briefing.TestKit/Careful/NAME.json): the map
/// answer for each article (found by a phrase of its text), the reconcile answer, and unfaithful points and
/// disagreement sides that cite real quotes.
/// </summary>
public sealed class CarefulStory
{
    private readonly JsonObject _root;

    private CarefulStory(string name, JsonObject root)
    {
        Name = name;
        _root = root;
        Folder = Path.Combine(Repo.Root, (string)root["story"]!);
    }

    public static IReadOnlyList<string> Names { get; } = ["lausanne-2016", "harbour-fire"];

    public string Name { get; }

    /// <summary>The folder of the story's articles.</summary>
    public string Folder { get; }

    public static CarefulStory Load(string name) =>
        new(name, JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "tests", "Briefing.TestKit", "Careful", name + ".json")))!.AsObject());

    public IEnumerable<(string Match, JsonArray Claims)> Maps =>
        _root["maps"]!.AsArray().Select(m => ((string)m!["match"]!, m["claims"]!.AsArray()));

    /// <summary>A fresh copy of the reconcile answer.</summary>
    public JsonObject Reconcile => _root["reconcile"]!.DeepClone().AsObject();

    public JsonArray UnfaithfulPoints => _root["unfaithful"]!["points"]!.DeepClone().AsArray();

    public JsonArray UnfaithfulDisagreements => _root["unfaithful"]!["disagreements"]!.DeepClone().AsArray();

    public IReadOnlyList<string> FaithfulPointTexts =>
        Reconcile["sections"]!.AsArray().SelectMany(s => s!["points"]!.AsArray()).Select(p => (string)p!["text"]!).ToList();

    public IReadOnlyList<string> UnfaithfulPointTexts => UnfaithfulPoints.Select(p => (string)p!["text"]!).ToList();

    public IReadOnlyList<string> UnfaithfulValues =>
        UnfaithfulDisagreements.SelectMany(d => d!["positions"]!.AsArray()).Select(p => (string)p!["value"]!).ToList();

    public int MapClaimCount => Maps.Sum(m => m.Claims.Count);
}
