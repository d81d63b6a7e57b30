using Briefing.Service.Feeds;

namespace Briefing.Service.Tests.Feeds;

public sealed class HtmlDepthTests
{
    [Theory]
    [InlineData("plain text", 0)]
    [InlineData("<div><div><span>x</span></div></div>", 3)]
    [InlineData("<ul><li>a<li>b<li>c</ul><p>one<p>two<br><img src=x>", 1)]
    [InlineData("<div/><div/><div/>", 0)]
    [InlineData("</div></div><div>", 1)]
    public void Max_Markup_GivesNestingDepth(string html, int expected)
    {
        Assert.Equal(expected, HtmlDepth.Max(html));
    }
}
