namespace Briefing.Service.Tests.Delivery;

/// <summary>A clock that stays where a test puts it.</summary>
internal sealed class ManualTime(DateTimeOffset now) : TimeProvider
{
    public static DateTimeOffset Start { get; } = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Now { get; set; } = now;

    public ManualTime()
        : this(Start)
    {
    }

    public override DateTimeOffset GetUtcNow() => Now;
}
