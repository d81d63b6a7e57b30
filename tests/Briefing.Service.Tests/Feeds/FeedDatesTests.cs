using Briefing.Service.Feeds;

namespace Briefing.Service.Tests.Feeds;

public sealed class FeedDatesTests
{
    [Theory]
    [InlineData("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00+00:00")]
    [InlineData("Tue, 10 Jun 2003 04:00:00 +0000", "2003-06-10T04:00:00+00:00")]
    [InlineData("Wed, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00+00:00")]
    [InlineData("10 Jun 2003 04:00:00 EST", "2003-06-10T04:00:00-05:00")]
    [InlineData("Sat, 5 Sep 2026 16:05 PDT", "2026-09-05T16:05:00-07:00")]
    [InlineData("Saturday, 05 Sept 2026 16:05:00 +0200", "2026-09-05T16:05:00+02:00")]
    [InlineData("Mon,21 Nov 26 07:00:00 Z", "2026-11-21T07:00:00+00:00")]
    [InlineData("21 Nov 2026", "2026-11-21T00:00:00+00:00")]
    [InlineData("Sat, 21 Nov 2026 07:00:00 UT", "2026-11-21T07:00:00+00:00")]
    [InlineData("2026-11-21T07:00:00Z", "2026-11-21T07:00:00+00:00")]
    [InlineData("2026-11-21T07:00:00.123456+05:30", "2026-11-21T07:00:00.123456+05:30")]
    [InlineData("2026-11-21T07:00:00", "2026-11-21T07:00:00+00:00")]
    [InlineData("2026-11-21 07:00:00", "2026-11-21T07:00:00+00:00")]
    [InlineData("2026-11-21", "2026-11-21T00:00:00+00:00")]
    [InlineData("  2026-11-21T07:00Z ", "2026-11-21T07:00:00+00:00")]
    public void Parse_RealWorldFormats_GivesInstant(string text, string expected)
    {
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), FeedDates.Parse(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("32 Foo 2026")]
    public void Parse_Garbage_GivesNull(string? text)
    {
        Assert.Null(FeedDates.Parse(text));
    }
}
