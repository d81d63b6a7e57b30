using System.Globalization;
using Briefing.Service.Delivery;
using Briefing.TestKit.Hostile;

namespace Briefing.Service.Tests.Delivery;

/// <summary>Both parts of both emails with every field hostile: the HTML parsed and compared with plain text, the text part free of control characters.</summary>
public sealed class HostileEmailTests
{
    private readonly EmailTemplates _templates = new(Repo.Templates);

    [Fact]
    public void RenderEdition_EveryFieldHostile_HtmlSameShapeAsPlainAndTextWithoutControls()
    {
        var hostile = Edition(HostileText.Of, hostileUrls: true);
        var plain = Edition(HostileText.Plain, hostileUrls: false);

        var html = ParsedOutput.Html(_templates.RenderHtml(hostile));

        Assert.Equal(ParsedOutput.Html(_templates.RenderHtml(plain)).Shape(), html.Shape());
        Assert.Empty(html.Problems());
        Assert.Contains(HostileText.Markup, html.TextContent, StringComparison.Ordinal);
        AssertPlainText(_templates.RenderText(hostile));
    }

    [Fact]
    public void RenderConfirmation_HostileTopic_HtmlSameShapeAsPlainAndTextWithoutControls()
    {
        var hostile = new ConfirmationView(HostileText.Of(1), HostileText.HttpUrlBreakingOut, 48);
        var plain = new ConfirmationView(HostileText.Plain(1), "https://example.org/c", 48);

        var html = ParsedOutput.Html(_templates.RenderConfirmationHtml(hostile));

        Assert.Equal(ParsedOutput.Html(_templates.RenderConfirmationHtml(plain)).Shape(), html.Shape());
        Assert.Empty(html.Problems());
        AssertPlainText(_templates.RenderConfirmationText(hostile));
    }

    private static EmailView Edition(Func<int, string> text, bool hostileUrls) =>
        EmailView.From(HostileText.Document(text, hostileUrls), text(100), "https://example.org/b", "https://example.org/u", hasPdf: true);

    private static void AssertPlainText(string text)
    {
        Assert.Contains(HostileText.Markup, text, StringComparison.Ordinal);
        Assert.DoesNotContain(text, c => c is not ('\n' or '\r' or '\t') && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format);
    }
}
