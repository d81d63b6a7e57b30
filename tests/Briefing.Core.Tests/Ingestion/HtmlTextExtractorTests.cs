using System.Text;
using Briefing.Ingestion;

namespace Briefing.Tests.Ingestion;

public sealed class HtmlTextExtractorTests
{
    private const string Story = "Foreign ministers met in Lausanne on Saturday to discuss the war in Syria. The talks lasted more than four hours.";

    [Fact]
    public void Extract_TwentyThousandNestedDivs_ReturnsTheTextWithoutCrashing()
    {
        const int depth = 20_000;
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < depth; i++) html.Append("<div>");
        html.Append("<p>").Append(Story).Append("</p>");
        for (var i = 0; i < depth; i++) html.Append("</div>");
        html.Append("</body></html>");

        // A small stack, as on a thread-pool thread: recursion over the tree would overflow it.
        (FrontMatter Meta, string Text) result = default;
        var thread = new Thread(() => result = HtmlTextExtractor.Extract(html.ToString()), 512 * 1024);
        thread.Start();
        thread.Join();

        Assert.Equal(Story, result.Text);
    }

    [Fact]
    public void Extract_NestedBlocksWithInlineText_KeepsParagraphOrder()
    {
        const string html = "<body><article>Lead text here<div><p>First paragraph.</p><div><p>Second <b>bold</b> one.</p></div></div>Tail words</article></body>";

        var (_, text) = HtmlTextExtractor.Extract(html);

        Assert.Equal("Lead text here\n\nFirst paragraph.\n\nSecond bold one.\n\nTail words", text);
    }
}
