using Briefing.LlmClient;
using Briefing.Domain;
using Briefing.Summarization.Llm;
using Microsoft.Extensions.AI;

namespace Briefing.Tests.Summarization.Llm;

public sealed class LlmSummarizerTests
{
    private static readonly Article Kerry = Stories.Make(
        "S1",
        "Secretary of State John Kerry met Russian Foreign Minister Sergei Lavrov in Lausanne on Saturday.",
        "The talks on Syria ended without an agreement after more than four hours.",
        "Kerry said the ministers would speak again on Monday about a ceasefire in Aleppo.");

    private static readonly Article Lavrov = Stories.Make(
        "S2",
        "Russian Foreign Minister Sergei Lavrov told reporters the Lausanne meeting had produced some interesting ideas.",
        "The meeting on Syria in Lausanne ended on Saturday without a breakthrough.",
        "Diplomats from Iran, Turkey and Saudi Arabia also attended the talks in Switzerland.");

    [Fact]
    public async Task Summarize_MapsEveryArticleThenReconcilesTheirClaims_SourceTextOnlyInUserMessages()
    {
        var model = new ModelDouble();

        var draft = await model.Summarizer().SummarizeAsync([Kerry, Lavrov], 250, default);

        var calls = model.Calls.ToList();
        Assert.Equal(["map", "map", "reconcile"], calls.Select(c => c.Kind).Order());
        Assert.All(calls, c => Assert.Equal([ChatRole.System, ChatRole.User], c.Messages.Select(m => m.Role)));
        foreach (var sentence in Kerry.Sentences.Concat(Lavrov.Sentences))
        {
            Assert.All(calls, c => Assert.DoesNotContain(sentence.Text, c.System, StringComparison.Ordinal));
        }

        var mapOfS1 = calls.Single(c => c.Kind == "map" && c.User.Contains("<source id=\"S1\"", StringComparison.Ordinal));
        Assert.Contains(Kerry.Sentences[1].Text, mapOfS1.User, StringComparison.Ordinal);
        Assert.DoesNotContain(Lavrov.Sentences[0].Text, mapOfS1.User, StringComparison.Ordinal);
        var reconcile = calls.Single(c => c.Kind == "reconcile");
        Assert.Contains("<claims source=\"S2\"", reconcile.User, StringComparison.Ordinal);
        Assert.Equal(ClaimSchemas.BriefingName, ((ChatResponseFormatJson)reconcile.Options!.ResponseFormat!).SchemaName);
        Assert.Contains("\"enum\":[\"S1\",\"S2\"]", ((ChatResponseFormatJson)reconcile.Options.ResponseFormat!).Schema!.Value.GetRawText(), StringComparison.Ordinal);

        Assert.NotEmpty(draft.Sections);
        Assert.Equal(["S1", "S2"], draft.Sections.SelectMany(s => s.Points).SelectMany(p => p.Citations).Select(c => c.SourceId).Distinct().Order());
        Assert.Equal(3, draft.Model!.Calls.Count);
        Assert.Equal(300, draft.Model.InputTokens);
        Assert.Equal(draft.Model.InputTokens / 1000m * 0.5m + draft.Model.OutputTokens / 1000m * 1.5m, draft.Model.EstimatedCost);
        Assert.Empty(draft.Warnings);
    }

    [Fact]
    public async Task Summarize_EndpointWithCredentials_ReportedWithoutThem()
    {
        var options = ModelDouble.Options();
        options.Endpoint = "http://user:s3cret@127.0.0.1:9/v1/?api-key=abc";

        var draft = await new ModelDouble().Summarizer(options).SummarizeAsync([Kerry], 250, default);

        Assert.Equal("http://127.0.0.1:9/v1/", draft.Model!.Endpoint);
    }

    [Fact]
    public async Task Summarize_ServerReportsNoUsage_TokensEstimatedAndMarked()
    {
        var model = new ModelDouble { Override = c => c.Kind == "reconcile" ? new ChatResponse(new ChatMessage(ChatRole.Assistant, Briefing.TestKit.FakeOpenAI.FakeModel.Reconcile(c.User))) : null };

        var draft = await model.Summarizer().SummarizeAsync([Kerry, Lavrov], 250, default);

        var reconcile = draft.Model!.Calls.Single(c => c.Stage == "reconcile");
        var sent = model.Calls.Single(c => c.Kind == "reconcile");
        Assert.Equal("ok (tokens estimated)", reconcile.Outcome);
        Assert.Equal((sent.System.Length + 3) / 4 + (sent.User.Length + 3) / 4, reconcile.InputTokens);
        Assert.True(reconcile.OutputTokens > 0);
    }

    [Fact]
    public async Task Summarize_MapCallFails_ThatArticleFallsBackToItsExtractiveSummary()
    {
        var model = new ModelDouble
        {
            Override = c => c.Kind == "map" && c.User.Contains("id=\"S2\"", StringComparison.Ordinal)
                ? throw new ModelCallException(ModelFailure.ServerError, "HTTP 500: boom", 500)
                : null,
        };

        var draft = await model.Summarizer().SummarizeAsync([Kerry, Lavrov], 250, default);

        var fallback = Assert.Single(draft.Model!.Fallbacks);
        Assert.StartsWith("S2: map call failed (ServerError: HTTP 500: boom); used the extractive summary of this article", fallback, StringComparison.Ordinal);
        var reconcile = model.Calls.Single(c => c.Kind == "reconcile");
        Assert.Contains("quote: " + Lavrov.Sentences[0].Text, reconcile.User, StringComparison.Ordinal);
        Assert.Contains(draft.Model.Calls, c => c.Stage == "map" && c.Subject == "S2" && c.Outcome == "failed: ServerError");
    }

    [Fact]
    public async Task Summarize_ReconcileFails_ReconcilesTheVerifiedClaimsExtractively()
    {
        var model = new ModelDouble { Override = c => c.Kind == "reconcile" ? throw new ModelCallException(ModelFailure.Timeout, "no answer within 5 s") : null };

        var draft = await model.Summarizer().SummarizeAsync([Kerry, Lavrov], 250, default);

        Assert.Contains(draft.Warnings, w => w.StartsWith("reconcile call failed (Timeout: no answer within 5 s)", StringComparison.Ordinal));
        var points = draft.Sections.SelectMany(s => s.Points).ToList();
        Assert.NotEmpty(points);
        var sentences = Kerry.Sentences.Concat(Lavrov.Sentences).Select(s => s.Text).ToHashSet();
        Assert.All(points.SelectMany(p => p.Citations), c => Assert.Contains(c.Quote, sentences));
        // The two "ended without" sentences say the same thing: one point citing both outlets.
        Assert.Contains(points, p => p.Citations.Select(c => c.SourceId).Distinct().Count() == 2);
    }

    public static TheoryData<string, string, string> BadAnswers => new()
    {
        { "length", "{\"claims\":[{\"claim\":\"Kerry met", "Truncated" },
        { "stop", "", "EmptyContent" },
        { "stop", "Sure! Here are the claims: Kerry met Lavrov.", "MalformedJson" },
        { "stop", "{\"items\":[]}", "MalformedJson" },
        { "content_filter", "", "Refused" },
    };

    [Theory]
    [MemberData(nameof(BadAnswers))]
    public async Task Summarize_UnusableMapAnswer_ReportedAndFallsBack(string finish, string content, string failure)
    {
        var reason = finish switch { "length" => ChatFinishReason.Length, "content_filter" => ChatFinishReason.ContentFilter, _ => ChatFinishReason.Stop };
        var model = new ModelDouble { Override = c => c.Kind == "map" && c.User.Contains("id=\"S1\"", StringComparison.Ordinal) ? ModelDouble.Reply(content, reason) : null };

        var draft = await model.Summarizer().SummarizeAsync([Kerry, Lavrov], 250, default);

        Assert.StartsWith($"S1: map call failed ({failure}:", Assert.Single(draft.Model!.Fallbacks), StringComparison.Ordinal);
        Assert.Contains(draft.Model.Calls, c => c.Subject == "S1" && c.Outcome == $"failed: {failure}");
        Assert.NotEmpty(draft.Sections);
    }

    [Fact]
    public async Task Summarize_InventedQuoteAtMap_DroppedBeforeReconcile()
    {
        var model = new ModelDouble
        {
            Override = c => c.Kind == "map" && c.User.Contains("id=\"S1\"", StringComparison.Ordinal)
                ? ModelDouble.Reply("""{"claims":[{"claim":"Kerry resigned.","quotes":["Kerry announced his resignation in Lausanne on Saturday."]},{"claim":"Talks ended without agreement.","quotes":["The talks on Syria ended without an agreement after more than four hours."]}]}""")
                : null,
        };

        var draft = await model.Summarizer().SummarizeAsync([Kerry, Lavrov], 250, default);

        var dropped = Assert.Single(draft.Model!.DroppedAtMap);
        Assert.Equal(("Kerry resigned.", "S1", "map: quote not found in S1"), (dropped.Text, dropped.SourceId, dropped.Reason));
        var reconcile = model.Calls.Single(c => c.Kind == "reconcile").User;
        Assert.DoesNotContain("resign", reconcile, StringComparison.Ordinal);
        Assert.Contains("Talks ended without agreement.", reconcile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Summarize_MapAnswerWithNoVerifiableQuote_FallsBackForThatArticle()
    {
        var model = new ModelDouble
        {
            Override = c => c.Kind == "map" && c.User.Contains("id=\"S2\"", StringComparison.Ordinal)
                ? ModelDouble.Reply("""{"claims":[{"claim":"Lavrov walked out.","quotes":["Lavrov walked out of the meeting in anger."]}]}""")
                : null,
        };

        var draft = await model.Summarizer().SummarizeAsync([Kerry, Lavrov], 250, default);

        Assert.StartsWith("S2: no claim in the model's answer had a verifiable quote; used the extractive summary", Assert.Single(draft.Model!.Fallbacks), StringComparison.Ordinal);
        Assert.Single(draft.Model.DroppedAtMap);
    }

    [Fact]
    public async Task Summarize_ModelWritesPastTheBudget_TrailingPointsCutAndReported()
    {
        // A model that ignores the budget: every sentence of both articles becomes a point.
        var everything = System.Text.Json.JsonSerializer.Serialize(new
        {
            title = "Lausanne talks",
            sections = new[] { new { heading = "Key points", points = Kerry.Sentences.Concat(Lavrov.Sentences).Select(s => new { text = s.Text, citations = new[] { new { source_id = s.ArticleId, quote = s.Text } } }).ToArray() } },
            disagreements = Array.Empty<object>(),
        });
        var model = new ModelDouble { Override = c => c.Kind == "reconcile" ? ModelDouble.Reply(everything) : null };

        var draft = await model.Summarizer().SummarizeAsync([Kerry, Lavrov], 30, default);

        Assert.InRange(draft.Sections.SelectMany(s => s.Points).Sum(p => p.Text.Split(' ').Length), 1, 37);
        Assert.Contains(draft.Warnings, w => w.StartsWith("the model wrote past the 30-word budget;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Summarize_SameArticlesTwice_SecondRunMakesNoMapCalls()
    {
        using var temp = new TempFolder();
        var options = ModelDouble.Options(cache: temp.Path);
        var model = new ModelDouble();

        var first = await model.Summarizer(options).SummarizeAsync([Kerry, Lavrov], 250, default);
        var second = await new ModelDouble().Summarizer(options).SummarizeAsync([Kerry, Lavrov], 250, default);

        Assert.Equal(2, first.Model!.Calls.Count(c => c.Stage == "map"));
        Assert.Equal(0, second.Model!.Calls.Count(c => c.Stage == "map"));
        Assert.Equal(2, second.Model.CachedArticles);
        Assert.Equal(first.Sections, second.Sections, (a, b) => a.Heading == b.Heading && a.Points.Select(p => p.Text).SequenceEqual(b.Points.Select(p => p.Text)));
    }

    [Fact]
    public async Task Summarize_ChangedArticleOrModel_MissesTheCache()
    {
        using var temp = new TempFolder();
        var options = ModelDouble.Options(cache: temp.Path);
        await new ModelDouble().Summarizer(options).SummarizeAsync([Kerry], 250, default);

        var edited = Kerry with { SourceText = Kerry.SourceText + " Talks resume Monday." };
        var otherModel = ModelDouble.Options(cache: temp.Path);
        otherModel.Model = "another-model";
        var afterEdit = await new ModelDouble().Summarizer(options).SummarizeAsync([edited], 250, default);
        var afterModelChange = await new ModelDouble().Summarizer(otherModel).SummarizeAsync([Kerry], 250, default);

        Assert.Equal(1, afterEdit.Model!.Calls.Count(c => c.Stage == "map"));
        Assert.Equal(1, afterModelChange.Model!.Calls.Count(c => c.Stage == "map"));
    }

    [Fact]
    public async Task Summarize_LongArticle_ChunkedWithOverlapThenCombined()
    {
        var sentences = Enumerable.Range(1, 40).Select(i => $"Sentence number {i} of the long report says that delegates met in room {i} on Saturday.").ToArray();
        var longArticle = Stories.Make("S1", sentences);
        var options = ModelDouble.Options();
        options.ChunkTokens = 200;
        options.ChunkOverlapSentences = 1;
        var model = new ModelDouble();

        var draft = await model.Summarizer(options).SummarizeAsync([longArticle], 250, default);

        var maps = model.Calls.Where(c => c.Kind == "map").ToList();
        Assert.True(maps.Count >= 4, $"{maps.Count} map calls");
        Assert.All(maps, m => Assert.Contains($"of {maps.Count}; claim only what this part says", m.User, StringComparison.Ordinal));
        Assert.Single(model.Calls, c => c.Kind == "combine");
        Assert.Contains(draft.Model!.Calls, c => c.Stage == "combine" && c.Subject == $"S1 ({maps.Count} parts)");
        Assert.NotEmpty(draft.Sections);
    }

    [Fact]
    public async Task Summarize_ReconcileExceedsContext_ResentWithFewerClaims()
    {
        var first = true;
        var model = new ModelDouble
        {
            Override = c =>
            {
                if (c.Kind != "reconcile" || !first) return null;
                first = false;
                throw new ModelCallException(ModelFailure.ContextLength, "HTTP 400 context_length_exceeded", 400);
            },
        };

        var draft = await model.Summarizer().SummarizeAsync([Kerry, Lavrov], 250, default);

        Assert.Contains("the reconcile call exceeded the model's context; sent 12000 tokens of claims instead", draft.Warnings);
        Assert.Equal(2, model.Calls.Count(c => c.Kind == "reconcile"));
        Assert.Empty(draft.Model!.Fallbacks);
    }

    [Theory]
    [InlineData(true, "S1: combine call failed (ServerError: HTTP 502); kept the parts' claims")]
    [InlineData(false, "S1: the combine answer had no verifiable claim; kept the parts' claims")]
    public async Task Summarize_CombineFailsOrInventsQuotes_KeepsTheVerifiedClaimsOfTheParts(bool fails, string warning)
    {
        var longArticle = Stories.Make("S1", Enumerable.Range(1, 30).Select(i => $"Sentence number {i} of the long report says that delegates met in room {i} on Saturday.").ToArray());
        var options = ModelDouble.Options();
        options.ChunkTokens = 200;
        options.ClaimsPerArticle = 4;
        var model = new ModelDouble
        {
            Override = c => c.Kind != "combine" ? null
                : fails ? throw new ModelCallException(ModelFailure.ServerError, "HTTP 502", 502)
                : ModelDouble.Reply("""{"claims":[{"claim":"Delegates met.","quotes":["Delegates met in the great hall on Sunday."]}]}"""),
        };

        var draft = await model.Summarizer(options).SummarizeAsync([longArticle], 250, default);

        Assert.Contains(warning, draft.Warnings);
        Assert.Empty(draft.Model!.Fallbacks);
        var reconcile = model.Calls.Single(c => c.Kind == "reconcile").User;
        Assert.Contains("Sentence number 1 of the long report", reconcile, StringComparison.Ordinal);
        Assert.Equal(4, System.Text.RegularExpressions.Regex.Matches(reconcile, "quote: ").Count);
    }

    [Fact]
    public async Task Summarize_ContextLengthExceeded_RechunksInsteadOfFallingBack()
    {
        var model = new ModelDouble
        {
            Override = c => c.Kind == "map" && c.User.Contains(Kerry.Sentences[0].Text, StringComparison.Ordinal) && c.User.Contains(Kerry.Sentences[2].Text, StringComparison.Ordinal)
                ? throw new ModelCallException(ModelFailure.ContextLength, "HTTP 400 context_length_exceeded", 400)
                : null,
        };
        var options = ModelDouble.Options();
        options.ChunkTokens = 120;

        var draft = await model.Summarizer(options).SummarizeAsync([Kerry], 250, default);

        Assert.Contains(draft.Warnings, w => w == "S1: the model's context was exceeded; re-chunked at 60 tokens per chunk");
        Assert.Empty(draft.Model!.Fallbacks);
        Assert.Contains(model.Calls, c => c.User.Contains("part 1 of", StringComparison.Ordinal));
    }
}
