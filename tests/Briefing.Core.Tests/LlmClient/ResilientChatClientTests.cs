using Briefing.LlmClient;
using Microsoft.Extensions.AI;
using Moq;

namespace Briefing.Tests.LlmClient;

public sealed class ResilientChatClientTests
{
    [Fact]
    public async Task Call_RepeatedFailures_OpenTheCircuitSoLaterCallsFailFastNamingTheLastError()
    {
        var inner = new Mock<IChatClient>();
        inner.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("Connection refused"));
        using var client = new ResilientChatClient(inner.Object, new LlmOptions { MaxRetries = 0, CircuitBreakerFailures = 3, CircuitBreakSeconds = 60 });

        var failures = new List<ModelFailure>();
        for (var i = 0; i < 5; i++)
        {
            var ex = await Assert.ThrowsAsync<ModelCallException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]));
            failures.Add(ex.Failure);
            if (i == 4) Assert.Equal("circuit open after repeated failures, last: connection failed: Connection refused; call not attempted", ex.Message);
        }

        Assert.Equal([ModelFailure.Network, ModelFailure.Network, ModelFailure.Network, ModelFailure.CircuitOpen, ModelFailure.CircuitOpen], failures);
        inner.Verify(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()), Times.Exactly(3));
    }

    [Fact]
    public async Task Call_RetryAfterLongerThanTheCap_FailsAtOnceWithoutRetrying()
    {
        var inner = new Mock<IChatClient>();
        inner.SetupSequence(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ModelCallException(ModelFailure.RateLimited, "HTTP 429", 429, TimeSpan.FromSeconds(3600)))
            .ReturnsAsync(new ChatResponse(new ChatMessage(ChatRole.Assistant, "{}")));
        using var client = new ResilientChatClient(inner.Object, new LlmOptions { MaxRetries = 1, MaxRetryAfterSeconds = 0.2 });
        var sw = System.Diagnostics.Stopwatch.StartNew();

        var ex = await Assert.ThrowsAsync<ModelCallException>(() => client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]));

        Assert.Equal(ModelFailure.RateLimited, ex.Failure);
        Assert.Equal("HTTP 429; Retry-After 3600 s is over Llm:MaxRetryAfterSeconds (0.2 s), not retried", ex.Message);
        inner.Verify(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5), $"took {sw.Elapsed}");
    }

    [Fact]
    public async Task Call_RetryAfterWithinTheCap_WaitsThenRetries()
    {
        var inner = new Mock<IChatClient>();
        inner.SetupSequence(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ModelCallException(ModelFailure.RateLimited, "HTTP 429", 429, TimeSpan.FromSeconds(0.2)))
            .ReturnsAsync(new ChatResponse(new ChatMessage(ChatRole.Assistant, "{}")));
        using var client = new ResilientChatClient(inner.Object, new LlmOptions { MaxRetries = 1, MaxRetryAfterSeconds = 1 });
        var sw = System.Diagnostics.Stopwatch.StartNew();

        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);

        Assert.Equal("{}", response.Text);
        Assert.True(sw.Elapsed >= TimeSpan.FromSeconds(0.15), $"took {sw.Elapsed}");
    }

    [Fact]
    public async Task Call_MaxConcurrency_BoundsCallsInFlight()
    {
        var inFlight = 0;
        var peak = 0;
        var inner = new Mock<IChatClient>();
        inner.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .Returns(async () =>
            {
                var now = Interlocked.Increment(ref inFlight);
                lock (inner) peak = Math.Max(peak, now);
                await Task.Delay(50);
                Interlocked.Decrement(ref inFlight);
                return new ChatResponse(new ChatMessage(ChatRole.Assistant, "{}"));
            });
        using var client = new ResilientChatClient(inner.Object, new LlmOptions { MaxConcurrency = 3 });

        await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")])));

        Assert.Equal(3, peak);
    }
}
