using Briefing.Service.Delivery;

namespace Briefing.Service.Tests.Delivery;

public sealed class RetryScheduleTests
{
    private static readonly DateTimeOffset Now = ManualTime.Start;
    private static readonly TimeSpan Base = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Max = TimeSpan.FromHours(1);

    [Theory]
    [InlineData(1, 60)]
    [InlineData(2, 120)]
    [InlineData(3, 240)]
    [InlineData(7, 3600)]
    [InlineData(40, 3600)]
    public void NextAttemptAt_NoJitter_HalfTheDoubledDelayCappedAtMax(int attempt, int fullSeconds)
    {
        var at = RetrySchedule.NextAttemptAt(attempt, Now, Base, Max, 0.0);

        Assert.Equal(Now + TimeSpan.FromSeconds(fullSeconds / 2.0), at);
    }

    [Fact]
    public void NextAttemptAt_JitterNearOne_AlmostTheWholeDelay()
    {
        var at = RetrySchedule.NextAttemptAt(2, Now, Base, Max, 0.999);

        Assert.InRange(at - Now, TimeSpan.FromSeconds(119), TimeSpan.FromSeconds(120));
    }

    [Fact]
    public void NextAttemptAt_DifferentJitter_SpreadsSendersApart()
    {
        var early = RetrySchedule.NextAttemptAt(3, Now, Base, Max, 0.1);
        var late = RetrySchedule.NextAttemptAt(3, Now, Base, Max, 0.9);

        Assert.True(late - early >= TimeSpan.FromSeconds(90));
    }

    [Theory]
    [InlineData(0, 0.5)]
    [InlineData(1, -0.1)]
    [InlineData(1, 1.0)]
    public void NextAttemptAt_OutOfRangeArgument_Throws(int attempt, double jitter)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RetrySchedule.NextAttemptAt(attempt, Now, Base, Max, jitter));
    }

    [Theory]
    [InlineData(47, false)]
    [InlineData(48, true)]
    [InlineData(49, true)]
    public void IsExpired_AfterGiveUpAge_True(int hours, bool expired)
    {
        Assert.Equal(expired, RetrySchedule.IsExpired(Now, Now.AddHours(hours), TimeSpan.FromHours(48)));
    }
}
