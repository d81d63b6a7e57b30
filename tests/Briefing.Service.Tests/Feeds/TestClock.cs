namespace Briefing.Service.Tests.Feeds;

/// <summary>A clock the test moves; timers (timeouts, jitter) still run in real time.</summary>
public sealed class TestClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 11, 21, 6, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;
}
