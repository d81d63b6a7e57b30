using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Briefing.TestKit.FakeOpenAI;

/// <summary>
/// A loopback OpenAI-compatible server (POST /v1/chat/completions, and Azure OpenAI's
/// /openai/deployments/{deployment}/chat/completions) for wire-level tests and benchmarks. It records
/// every request, answers from a script when one applies, and otherwise plays a small deterministic "model"
/// (<see cref="FakeModel"/>) whose quotes are copied from the request, so a whole briefing can be produced.
/// </summary>
public sealed class FakeOpenAIServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeReply> _queue = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    private FakeOpenAIServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>Base URL to configure as Llm:Endpoint, ending in /v1/.</summary>
    public string Endpoint { get; private set; } = "";

    /// <summary>Added before every answer, to stand in for a real model's latency.</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>Per-request script; return null to fall through to the queue, then to the fake model.</summary>
    public Func<RecordedRequest, FakeReply?>? Script { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<FakeOpenAIServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeOpenAIServer(app);
        app.MapPost("/v1/chat/completions", server.HandleAsync);
        app.MapPost("/openai/v1/chat/completions", server.HandleAsync);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", server.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Endpoint = address.TrimEnd('/') + "/v1/";
        return server;
    }

    public void Enqueue(params FakeReply[] replies)
    {
        foreach (var r in replies) _queue.Enqueue(r);
    }

    public void Reset()
    {
        _queue.Clear();
        _requests.Clear();
        Script = null;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var doc = await JsonDocument.ParseAsync(context.Request.Body);
        var request = new RecordedRequest(
            DateTimeOffset.UtcNow,
            context.Request.Path,
            context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            doc.RootElement.Clone(),
            context.Request.QueryString.Value ?? "");
        _requests.Enqueue(request);

        var reply = Script?.Invoke(request) ?? (_queue.TryDequeue(out var queued) ? queued : FakeModel.Answer(request));
        var delay = Latency + reply.Delay;
        if (delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        foreach (var (k, v) in reply.Headers) context.Response.Headers[k] = v;
        context.Response.StatusCode = reply.Status;
        context.Response.ContentType = "application/json";
        if (reply.Status != 200)
        {
            await context.Response.WriteAsync(reply.Body ?? "{}");
            return;
        }

        var promptTokens = request.Messages.Sum(m => m.Content.Length) / 4;
        var completionTokens = (reply.Content?.Length ?? 0) / 4;
        var body = new JsonObject
        {
            ["id"] = "chatcmpl-" + _requests.Count,
            ["object"] = "chat.completion",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["model"] = request.Body.TryGetProperty("model", out var m) ? m.GetString() : "fake",
            ["choices"] = new JsonArray(new JsonObject
            {
                ["index"] = 0,
                ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = reply.Content, ["refusal"] = reply.Refusal },
                ["finish_reason"] = reply.FinishReason,
                ["logprobs"] = null,
            }),
            ["usage"] = new JsonObject { ["prompt_tokens"] = promptTokens, ["completion_tokens"] = completionTokens, ["total_tokens"] = promptTokens + completionTokens },
        };
        await context.Response.WriteAsync(body.ToJsonString());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
