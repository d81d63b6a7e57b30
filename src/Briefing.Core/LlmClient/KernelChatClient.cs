using Microsoft.Extensions.AI;

namespace Briefing.LlmClient;

/// <summary>
/// Between the kernel and whichever <see cref="IChatClient"/> is plugged in: restores the JSON schema's name, which
/// the kernel's mapping of execution settings drops (it travels as the "schema_name" property), and gives every answer
/// a token usage: one from a server that reports none (some local ones) is counted with the model's tokenizer
/// (<see cref="TokenCounter"/>) from the messages sent and the answer, and marked with <see cref="CountedKey"/>.
/// </summary>
internal sealed class KernelChatClient(IChatClient inner, TokenCounter tokens) : DelegatingChatClient(inner)
{
    public const string SchemaNameKey = "schema_name";
    public const string CountedKey = "briefing.tokens_counted";

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IList<ChatMessage> ?? messages.ToList();
        var response = await base.GetResponseAsync(list, Named(options), cancellationToken);
        if (response.Usage?.InputTokenCount is not null) return response;
        var input = list.Sum(m => tokens.Count(m.Text));
        var output = tokens.Count(response.Text ?? "");
        response.Usage = new UsageDetails { InputTokenCount = input, OutputTokenCount = output, TotalTokenCount = input + output };
        (response.AdditionalProperties ??= [])[CountedKey] = true;
        return response;
    }

    private static ChatOptions? Named(ChatOptions? options)
    {
        if (options?.AdditionalProperties?.TryGetValue(SchemaNameKey, out var name) != true) return options;
        var named = options.Clone();
        named.AdditionalProperties!.Remove(SchemaNameKey);
        if (named.ResponseFormat is ChatResponseFormatJson { Schema: { } schema } json && name is string schemaName)
        {
            named.ResponseFormat = ChatResponseFormat.ForJsonSchema(schema, schemaName, json.SchemaDescription);
        }

        return named;
    }
}
