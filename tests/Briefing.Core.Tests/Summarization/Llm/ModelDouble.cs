using System.Collections.Concurrent;
using Briefing.TestKit.FakeOpenAI;
using Briefing.LlmClient;
using Briefing.Summarization.Extractive;
using Briefing.Summarization.Llm;
using Briefing.Verification;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.SemanticKernel;
using Moq;

namespace Briefing.Tests.Summarization.Llm;

/// <summary>
/// A Moq IChatClient that answers like <see cref="FakeModel"/> unless a test overrides a call, and records every
/// call (kind, messages, options) for assertions.
/// </summary>
internal sealed class ModelDouble
{
    public ModelDouble()
    {
        Mock.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .Returns((IEnumerable<ChatMessage> messages, ChatOptions? options, CancellationToken _) =>
            {
                var list = messages.ToList();
                var user = string.Join("\n", list.Where(m => m.Role == ChatRole.User).Select(m => m.Text));
                var schema = (options?.ResponseFormat as ChatResponseFormatJson)?.SchemaName;
                var kind = FakeModel.KindOf(schema, user);
                var call = new Call(kind, list, options, user);
                Calls.Enqueue(call);
                var response = Override?.Invoke(call) ?? Reply(kind switch
                {
                    "map" => FakeModel.Map(user),
                    "combine" => FakeModel.Combine(user),
                    _ => FakeModel.Reconcile(user),
                });
                return Task.FromResult(response);
            });
        // The kernel asks its chat client for metadata when it takes it as a service.
        Mock.Setup(c => c.GetService(It.IsAny<Type>(), It.IsAny<object?>()))
            .Returns((Type type, object? _) => type == typeof(ChatClientMetadata) ? new ChatClientMetadata("double", null, "test-model") : null);
    }

    public Mock<IChatClient> Mock { get; } = new(MockBehavior.Strict);

    public ConcurrentQueue<Call> Calls { get; } = new();

    /// <summary>Return a response to replace the default one, throw to fail the call, or return null to keep it.</summary>
    public Func<Call, ChatResponse?>? Override { get; set; }

    public static ChatResponse Reply(string content, ChatFinishReason? finish = null) =>
        new(new ChatMessage(ChatRole.Assistant, content))
        {
            FinishReason = finish ?? ChatFinishReason.Stop,
            Usage = new UsageDetails { InputTokenCount = 100, OutputTokenCount = content.Length / 4 },
        };

    public LlmSummarizer Summarizer(LlmOptions? options = null)
    {
        var o = options ?? Options();
        return new LlmSummarizer(Kernel(o), new LlmPrompts(Microsoft.Extensions.Options.Options.Create(o)), Microsoft.Extensions.Options.Options.Create(o), Microsoft.Extensions.Options.Options.Create(new VerificationOptions()), new ExtractiveSummarizer(Microsoft.Extensions.Options.Options.Create(new ExtractiveOptions())));
    }

    public Kernel Kernel(LlmOptions? options = null) =>
        LlmKernel.Create(Mock.Object, Microsoft.Extensions.Options.Options.Create(options ?? Options()), NullLoggerFactory.Instance);

    public static LlmOptions Options(string? cache = null) => new()
    {
        Endpoint = "http://127.0.0.1:9/v1/",
        Model = "test-model",
        PromptsPath = Repo.Prompts,
        CachePath = cache,
        InputPricePer1K = 0.5m,
        OutputPricePer1K = 1.5m,
    };

    public sealed record Call(string Kind, IReadOnlyList<ChatMessage> Messages, ChatOptions? Options, string User)
    {
        public string System => string.Join("\n", Messages.Where(m => m.Role == ChatRole.System).Select(m => m.Text));
    }
}
