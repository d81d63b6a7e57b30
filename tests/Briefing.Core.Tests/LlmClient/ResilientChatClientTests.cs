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
    public async Task Call_RetryAfterLongerThanTheCap_WaitsOnlyTheCap()
    {
        var inner = new Mock<IChatClient>();
        inner.SetupSequence(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ModelCallException(ModelFailure.RateLimited, "HTTP 429", 429, TimeSpan.FromSeconds(3600)))
            .ReturnsAsync(new ChatResponse(new ChatMessage(ChatRole.Assistant, "{}")));
        using var client = new ResilientChatClient(inner.Object, new LlmOptions { MaxRetries = 1, MaxRetryAfterSeconds = 0.2 });
        var sw = System.Diagnostics.Stopwatch.StartNew();

        var response = await client.GetResponseAsync([new ChatMessage(ChatRole.User, "hi")]);

        Assert.Equal("{}", response.Text);
        Assert.InRange(sw.Elapsed.TotalSeconds, 0.15, 5);
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
