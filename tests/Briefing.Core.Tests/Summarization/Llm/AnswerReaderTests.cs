using System.Text.Json;
using System.Text.Json.Nodes;
using Briefing.Summarization.Llm;

namespace Briefing.Tests.Summarization.Llm;

public sealed class AnswerReaderTests
{
    [Fact]
    public void Claims_TenThousandClaimsWithManyQuotes_TakesAtMostTheCaps()
    {
        var claims = new JsonArray();
        for (var i = 0; i < 10_000; i++) claims.Add(new JsonObject { ["claim"] = $"claim {i}", ["quotes"] = new JsonArray([.. Enumerable.Range(0, 20).Select(q => (JsonNode)$"quote {q}")]) });

        var read = AnswerReader.Claims(Parse(new JsonObject { ["claims"] = claims }));

        Assert.Equal(AnswerReader.MaxClaims, read.Count);
        Assert.All(read, c => Assert.Equal(AnswerReader.MaxQuotesPerClaim, c.Quotes.Count));
    }

    [Fact]
    public void Claims_OverlongStringsAndHiddenCharacters_SkippedOrNeutralised()
    {
        var answer = new JsonObject
        {
            ["claims"] = new JsonArray(
                new JsonObject { ["claim"] = new string('x', AnswerReader.MaxTextChars + 1), ["quotes"] = new JsonArray("a real quote here") },
                new JsonObject { ["claim"] = "Homes \u202E000,03\u202C destroyed", ["quotes"] = new JsonArray(new string('q', AnswerReader.MaxTextChars + 1), "homes\u200B destroyed here") }),
        };

        var read = Assert.Single(AnswerReader.Claims(Parse(answer)));

        Assert.Equal("Homes 000,03 destroyed", read.Claim);
        Assert.Equal(["homes destroyed here"], read.Quotes);
    }

    [Fact]
    public void Briefing_OverlongTitle_Dropped()
    {
        var answer = JsonNode.Parse("""{"title":"","sections":[{"heading":"Key","points":[{"text":"A point.","citations":[{"source_id":"S1","quote":"A point."}]}]}],"disagreements":[]}""")!;
        answer["title"] = new string('t', AnswerReader.MaxLabelChars + 1);

        var draft = AnswerReader.Briefing(Parse(answer));

        Assert.Null(draft.Title);
        Assert.Single(draft.Sections);
    }

    private static JsonElement Parse(JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement.Clone();
}
