using System.ClientModel;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Briefing.LlmClient;

/// <summary>
/// The one resilience pipeline every model call goes through: a bound on calls in flight, a total timeout, retries
/// with jittered exponential backoff on 408/429/5xx, timeouts and dropped connections (honouring Retry-After; one
/// beyond Llm:MaxRetryAfterSeconds fails the call at once), a circuit breaker, and a per-attempt timeout. 401/403,
/// context length, quota and other 4xx answers are not retried. Every failure leaves as a <see cref="ModelCallException"/>.
/// </summary>
internal sealed class ResilientChatClient : DelegatingChatClient
{
    private readonly ResiliencePipeline<ChatResponse> _pipeline;
    private readonly SemaphoreSlim _slots;
    private readonly TimeSpan _maxRetryAfter;
    private volatile string _lastFailure = "";

    public ResilientChatClient(IChatClient inner, LlmOptions options, TimeProvider? time = null, ILogger? logger = null)
        : base(inner)
    {
        logger ??= NullLogger.Instance;
        _slots = new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency);
        _maxRetryAfter = TimeSpan.FromSeconds(options.MaxRetryAfterSeconds);
        var builder = new ResiliencePipelineBuilder<ChatResponse> { TimeProvider = time ?? TimeProvider.System }
            .AddTimeout(TimeSpan.FromSeconds(options.CallTimeoutSeconds));
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<ChatResponse>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = TimeSpan.FromSeconds(options.RetryDelaySeconds),
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is ModelCallException { IsTransient: true, WaitTooLong: false } or TimeoutRejectedException),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is ModelCallException { RetryAfter: { } wait } ? (TimeSpan?)wait : null),
                OnRetry = args =>
                {
                    LlmClientLog.Retrying(logger, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds, Describe(args.Outcome.Exception));
                    return ValueTask.CompletedTask;
                },
            });
        }

        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions<ChatResponse>
        {
            FailureRatio = 1.0,
            MinimumThroughput = options.CircuitBreakerFailures,
            SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, options.CircuitBreakSeconds)),
            BreakDuration = TimeSpan.FromSeconds(options.CircuitBreakSeconds),
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is ModelCallException { IsTransient: true } or ModelCallException { Failure: ModelFailure.Unauthorized or ModelFailure.QuotaExhausted } or TimeoutRejectedException),
            OnOpened = args =>
            {
                LlmClientLog.CircuitOpened(logger, args.BreakDuration.TotalSeconds, Describe(args.Outcome.Exception));
                return ValueTask.CompletedTask;
            },
            OnClosed = _ =>
            {
                LlmClientLog.CircuitClosed(logger);
                return ValueTask.CompletedTask;
            },
        });

        _pipeline = builder.AddTimeout(TimeSpan.FromSeconds(options.AttemptTimeoutSeconds)).Build();
    }

    public override async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var list = messages as IList<ChatMessage> ?? messages.ToList();
        var attempts = 0;
        await _slots.WaitAsync(cancellationToken);
        try
        {
            var response = await _pipeline.ExecuteAsync(
                async token =>
                {
                    try
                    {
                        Interlocked.Increment(ref attempts);
                        return await base.GetResponseAsync(list, options, token);
                    }
                    catch (ModelCallException ex) when (ex.RetryAfter > _maxRetryAfter)
                    {
                        throw Remember(CapRetryAfter(ex, _maxRetryAfter));
                    }
                    catch (ClientResultException ex)
                    {
                        throw Remember(CapRetryAfter(ModelErrors.From(ex), _maxRetryAfter));
                    }
                    catch (HttpRequestException ex)
                    {
                        throw Remember(new ModelCallException(ModelFailure.Network, $"connection failed: {ex.Message}", inner: ex));
                    }
                },
                cancellationToken);
            (response.AdditionalProperties ??= [])[AttemptsKey] = attempts;
            return response;
        }
        catch (ModelCallException ex) when (attempts > 1)
        {
            throw new ModelCallException(ex.Failure, $"{ex.Message} (after {attempts} attempts)", ex.Status, ex.RetryAfter, ex);
        }
        catch (TimeoutRejectedException ex)
        {
            var after = attempts > 1 ? $" (after {attempts} attempts)" : "";
            throw new ModelCallException(ModelFailure.Timeout, $"no answer within {ex.Timeout.TotalSeconds:0.#} s{after}", inner: ex);
        }
        catch (BrokenCircuitException ex)
        {
            throw new ModelCallException(ModelFailure.CircuitOpen, $"circuit open after repeated failures, last: {_lastFailure}; call not attempted", inner: ex);
        }
        finally
        {
            _slots.Release();
        }
    }

    /// <summary>Key of the attempt count this client adds to a response's AdditionalProperties.</summary>
    public const string AttemptsKey = "briefing.attempts";

    // A server asking for a longer wait than Llm:MaxRetryAfterSeconds will not be ready within this call: fail it at
    // once (the engine falls back) rather than wait the cap and ask again, only to be told to wait once more.
    private static ModelCallException CapRetryAfter(ModelCallException ex, TimeSpan max) =>
        ex.RetryAfter is { } wait && wait > max
            ? new ModelCallException(ex.Failure, $"{ex.Message}; Retry-After {wait.TotalSeconds:0.#} s is over Llm:MaxRetryAfterSeconds ({max.TotalSeconds:0.#} s), not retried", ex.Status, ex.RetryAfter, ex) { WaitTooLong = true }
            : ex;

    private ModelCallException Remember(ModelCallException ex)
    {
        _lastFailure = ex.Message;
        return ex;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _slots.Dispose();
        base.Dispose(disposing);
    }

    private static string Describe(Exception? ex) => ex switch
    {
        ModelCallException m => $"{m.Failure}: {m.Message}",
        null => "no exception",
        _ => ex.GetType().Name,
    };
}
