namespace Briefing.TestKit.FakeOpenAI;

/// <summary>One scripted answer of the fake server: a chat completion, an HTTP error, or a hang.</summary>
public sealed record FakeReply
{
    public int Status { get; init; } = 200;

    /// <summary>The assistant message content (for 200 answers).</summary>
    public string? Content { get; init; }

    public string FinishReason { get; init; } = "stop";

    public string? Refusal { get; init; }

    /// <summary>Raw body for error answers.</summary>
    public string? Body { get; init; }

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Wait this long before answering (a hang when longer than the client's timeout).</summary>
    public TimeSpan Delay { get; init; }

    public static FakeReply Json(string content, string finishReason = "stop") => new() { Content = content, FinishReason = finishReason };

    public static FakeReply Error(int status, string code, string message, string? retryAfter = null) => new()
    {
        Status = status,
        Body = new System.Text.Json.Nodes.JsonObject
        {
            ["error"] = new System.Text.Json.Nodes.JsonObject { ["message"] = message, ["type"] = code, ["code"] = code },
        }.ToJsonString(),
        Headers = retryAfter is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["Retry-After"] = retryAfter },
    };

    public static FakeReply Hang(TimeSpan delay) => new() { Delay = delay, Content = "{}" };
}
