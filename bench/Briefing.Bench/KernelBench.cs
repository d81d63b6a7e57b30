using System.Diagnostics;
using Briefing.Domain;
using Briefing.LlmClient;
using Briefing.Summarization.Llm;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Briefing.Bench;

/// <summary>
/// What Semantic Kernel adds to a model call (rendering the prompt function, the filter, the settings mapping) against
/// calling the same in-process chat client directly with ready messages; and what counting tokens with the model's
/// tokenizer costs per 1,000 articles.
/// </summary>
internal static class KernelBench
{
    public static async Task RunAsync(string root, IReadOnlyList<string> articleTexts)
    {
        var options = new LlmOptions { Model = "gpt-4o-mini", PromptsPath = Path.Combine(root, "prompts") };
        var sw = Stopwatch.StartNew();
        var counter = TokenCounter.For(options);
        counter.Count("warm");
        var load = sw.Elapsed.TotalMilliseconds;
        var prompts = new LlmPrompts(Options.Create(options));
        var client = new InstantClient();
        var kernel = LlmKernel.Create(client, Options.Create(options), NullLoggerFactory.Instance);
        var call = new StructuredCall(kernel, options, new UsageLedger());
        var article = new Article("S1", "Title", "Outlet", null, null, "a.txt", articleTexts[0], []);
        var args = PromptViews.Map(article, articleTexts[0], 1, 1, 8);
        var messages = new List<ChatMessage> { new(ChatRole.System, prompts.Map.System), new(ChatRole.User, articleTexts[0]) };
        var chatOptions = new ChatOptions { MaxOutputTokens = 2000, Temperature = 0.1f, ResponseFormat = ChatResponseFormat.ForJsonSchema(ClaimSchemas.Claims, ClaimSchemas.ClaimsName) };

        const int n = 2000;
        for (var i = 0; i < 200; i++)
        {
            await call.RunAsync(prompts.Map, args, ClaimSchemas.ClaimsName, ClaimSchemas.Claims, "S1", AnswerReader.Claims, null, default);
            await client.GetResponseAsync(messages, chatOptions);
        }

        sw.Restart();
        for (var i = 0; i < n; i++) await call.RunAsync(prompts.Map, args, ClaimSchemas.ClaimsName, ClaimSchemas.Claims, "S1", AnswerReader.Claims, null, default);
        var viaKernel = sw.Elapsed.TotalMilliseconds / n;
        sw.Restart();
        for (var i = 0; i < n; i++) AnswerReader.Claims(System.Text.Json.JsonDocument.Parse((await client.GetResponseAsync(messages, chatOptions)).Text).RootElement);
        var direct = sw.Elapsed.TotalMilliseconds / n;

        var thousand = Enumerable.Range(0, 1000).Select(i => articleTexts[i % articleTexts.Count]).ToList();
        sw.Restart();
        var tokens = thousand.Sum(counter.Count);
        var counting = sw.Elapsed.TotalMilliseconds;
        var estimate = thousand.Sum(TokenCounter.CharactersOver4.Count);

        Console.WriteLine($"| kernel overhead per call (prompt function + filter + settings mapping vs. the same chat client called directly, {n:N0} calls, instant in-process client) | {viaKernel - direct:F3} ms ({viaKernel:F3} vs {direct:F3} ms) | |");
        Console.WriteLine($"| o200k tokenizer: loading the vocabulary (once per process) | {load:F0} ms | |");
        Console.WriteLine($"| o200k tokenizer: counting 1,000 articles ({thousand.Sum(t => t.Length):N0} characters) | {counting:F0} ms ({tokens:N0} tokens; characters / 4 says {estimate:N0}) | |");
    }

    private sealed class InstantClient : IChatClient
    {
        private readonly string _answer = System.Text.Json.JsonSerializer.Serialize(new { claims = new[] { new { claim = "Talks ended.", quotes = new[] { "Talks ended." } } } });

        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, _answer))
            {
                FinishReason = ChatFinishReason.Stop,
                Usage = new UsageDetails { InputTokenCount = 1000, OutputTokenCount = 20 },
            });

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) =>
            serviceType == typeof(ChatClientMetadata) ? new ChatClientMetadata("instant", null, "gpt-4o-mini") : null;

        public void Dispose()
        {
        }
    }
}
