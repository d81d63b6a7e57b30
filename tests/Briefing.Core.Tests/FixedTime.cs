namespace Briefing.Tests;

internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public static readonly FixedTime Default = new(new DateTimeOffset(2016, 10, 16, 8, 0, 0, TimeSpan.Zero));

    public override DateTimeOffset GetUtcNow() => now;
}
