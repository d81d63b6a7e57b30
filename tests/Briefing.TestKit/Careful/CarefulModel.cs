using System.Text.Json.Nodes;
using Briefing.TestKit.FakeOpenAI;

namespace Briefing.TestKit.Careful;

/// <summary>
/// Replays a <see cref="CarefulStory"/> through the fake server: a map request gets the hand-written claims of the
/// article it carries, the reconcile request the hand-written briefing, in the chosen <see cref="AnswerSet"/>. A
/// request for an article the story does not know falls through to the fake server's own model.
/// </summary>
public sealed class CarefulModel(CarefulStory story, AnswerSet set)
{
    private int _quotes;
    private int _slipped;

    /// <summary>Quotes served so far, and how many of them with a good-faith slip.</summary>
    public (int Quotes, int Slipped) Served => (Volatile.Read(ref _quotes), Volatile.Read(ref _slipped));

    public FakeReply? Answer(RecordedRequest request) => request.Kind switch
    {
        "map" => story.Maps.Where(m => request.User.Contains(m.Match, StringComparison.Ordinal)).Select(m => FakeReply.Json(Claims(m.Claims))).FirstOrDefault(),
        "reconcile" => FakeReply.Json(Briefing()),
        _ => null,
    };

    private string Claims(JsonArray claims)
    {
        var copy = claims.DeepClone().AsArray();
        var n = 0;
        foreach (var claim in copy) Slip(claim!["quotes"]!.AsArray(), ref n);
        return new JsonObject { ["claims"] = copy }.ToJsonString();
    }

    private string Briefing()
    {
        var answer = story.Reconcile;
        var n = 0;
        foreach (var point in answer["sections"]!.AsArray().SelectMany(s => s!["points"]!.AsArray()))
        {
            foreach (var citation in point!["citations"]!.AsArray()) SlipQuote(citation!.AsObject(), ref n);
        }

        foreach (var position in answer["disagreements"]!.AsArray().SelectMany(d => d!["positions"]!.AsArray())) SlipQuote(position!.AsObject(), ref n);

        if (set == AnswerSet.Unfaithful)
        {
            var sections = answer["sections"]!.AsArray();
            var last = sections[^1]!["points"]!.AsArray();
            foreach (var point in story.UnfaithfulPoints) last.Add(point!.DeepClone());
            foreach (var d in story.UnfaithfulDisagreements) answer["disagreements"]!.AsArray().Add(d!.DeepClone());
        }

        return answer.ToJsonString();
    }

    private void Slip(JsonArray quotes, ref int n)
    {
        for (var i = 0; i < quotes.Count; i++) quotes[i] = Slipped((string)quotes[i]!, n++);
    }

    private void SlipQuote(JsonObject citation, ref int n) => citation["quote"] = Slipped((string)citation["quote"]!, n++);

    private string Slipped(string quote, int index)
    {
        var served = set == AnswerSet.Imperfect ? Imperfections.Apply(quote, index) : quote;
        Interlocked.Increment(ref _quotes);
        if (served != quote) Interlocked.Increment(ref _slipped);
        return served;
    }
}
