namespace Briefing.Service.Delivery;

/// <summary>
/// When to try again: exponential backoff (base × 2^(attempt−1), capped) with "equal jitter" (a random half of
/// the delay), so senders that failed together do not come back together. Pure: the random sample is an argument.
/// </summary>
public static class RetrySchedule
{
    /// <param name="attempt">The attempt that just failed, 1 for the first.</param>
    /// <param name="jitter">A sample in [0, 1); 0 gives half the delay, close to 1 the whole delay.</param>
    public static DateTimeOffset NextAttemptAt(int attempt, DateTimeOffset now, TimeSpan baseDelay, TimeSpan maxDelay, double jitter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(jitter, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(jitter, 1.0);
        var exponent = Math.Min(attempt - 1, 30);
        var delay = TimeSpan.FromTicks((long)Math.Min(maxDelay.Ticks, baseDelay.Ticks * Math.Pow(2, exponent)));
        return now + delay / 2 + delay / 2 * jitter;
    }

    /// <summary>True when a message first tried at <paramref name="firstAttemptAt"/> has been failing for too long.</summary>
    public static bool IsExpired(DateTimeOffset firstAttemptAt, DateTimeOffset now, TimeSpan giveUpAfter) => now - firstAttemptAt >= giveUpAfter;
}
