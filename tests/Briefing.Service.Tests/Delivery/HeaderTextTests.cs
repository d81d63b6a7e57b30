using Briefing.Service.Delivery;

namespace Briefing.Service.Tests.Delivery;

public sealed class HeaderTextTests
{
    [Theory]
    [InlineData("Talks end\r\nBcc: victim@example.org", "Talks end Bcc: victim@example.org")]
    [InlineData("Line\u2028separator\u2029and\u0085next", "Line separator and next")]
    [InlineData("  tabs\tand\u0000nulls\u001b[31m  ", "tabs and nulls [31m")]
    [InlineData("zero\u200Bwidth", "zero width")]
    [InlineData("", "Briefing")]
    [InlineData("\r\n\t", "Briefing")]
    [InlineData("Syrie : « paix » 🕊", "Syrie : « paix » 🕊")]
    public void Subject_TitleWithBreaksOrControls_OneCleanLine(string title, string expected)
    {
        Assert.Equal(expected, HeaderText.Subject(title));
    }

    [Fact]
    public void Subject_LongTitle_CappedWithEllipsis()
    {
        var subject = HeaderText.Subject(new string('x', 400));

        Assert.Equal(HeaderText.MaxSubjectLength, subject.Length);
        Assert.EndsWith("…", subject, StringComparison.Ordinal);
    }

    [Fact]
    public void Subject_CapFallsInsideSurrogatePair_PairKeptWhole()
    {
        var subject = HeaderText.Subject(new string('x', HeaderText.MaxSubjectLength - 2) + string.Concat(Enumerable.Repeat("🕊", 10)));

        var lone = subject.Where((c, i) => char.IsHighSurrogate(c) && (i + 1 >= subject.Length || !char.IsLowSurrogate(subject[i + 1])));

        Assert.Empty(lone);
    }
}
