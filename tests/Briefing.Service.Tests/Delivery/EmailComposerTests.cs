using Briefing.Domain;
using Briefing.Service.Delivery;
using Briefing.Service.Subscribers;

namespace Briefing.Service.Tests.Delivery;

public sealed class EmailComposerTests
{
    private readonly ManualTime _time = new();

    [Fact]
    public void Compose_SamePair_SameMessageIdAndDifferentForOthers()
    {
        var composer = Mail.Composer(_time);

        var first = composer.Compose(Mail.Edition(), Mail.Recipient());
        var again = composer.Compose(Mail.Edition(), Mail.Recipient());
        var other = composer.Compose(Mail.Edition(), Mail.Recipient() with { SubscriberId = Guid.NewGuid() });
        var otherEdition = composer.Compose(Mail.Edition() with { Key = "edition-43" }, Mail.Recipient());

        Assert.Equal(first.MessageId, again.MessageId);
        Assert.Matches("^<[0-9a-f]{32}\\.briefing@briefing\\.example\\.org>$", first.MessageId);
        Assert.NotEqual(first.MessageId, other.MessageId);
        Assert.NotEqual(first.MessageId, otherEdition.MessageId);
    }

    [Fact]
    public void Compose_HostileArticleText_EscapedInHtmlAndNoScript()
    {
        var message = Mail.Composer(_time).Compose(Mail.Edition(), Mail.Recipient());

        Assert.DoesNotContain("<script", message.Html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>nothing</b>", message.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", message.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", message.Html, StringComparison.Ordinal);
        Assert.Contains("Outlet &lt;One&gt;", message.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://one.example/a?b=1&c=2\"", System.Net.WebUtility.HtmlDecode(message.Html), StringComparison.Ordinal);
        Assert.Contains(Mail.Hostile, message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Links_ViewInBrowserAndVerifiableUnsubscribe()
    {
        var message = Mail.Composer(_time).Compose(Mail.Edition(), Mail.Recipient());
        var html = System.Net.WebUtility.HtmlDecode(message.Html);

        Assert.Contains("href=\"https://briefing.example.org/app/briefings/edition-42\"", html, StringComparison.Ordinal);
        Assert.Contains("View in browser: https://briefing.example.org/app/briefings/edition-42", message.Text, StringComparison.Ordinal);
        var list = message.Headers["List-Unsubscribe"];
        var match = System.Text.RegularExpressions.Regex.Match(list, "^<(https://briefing\\.example\\.org/app/unsubscribe\\?token=([A-Za-z0-9_.-]+))>, <mailto:news@briefing\\.example\\.org\\?subject=unsubscribe%20\\2>$");
        Assert.True(match.Success, list);
        Assert.Contains($"href=\"{match.Groups[1].Value}\"", html, StringComparison.Ordinal);
        Assert.Contains("Unsubscribe: " + match.Groups[1].Value, message.Text, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", message.Headers["List-Unsubscribe-Post"]);
        Assert.Equal(TokenCheck.Valid, Mail.Tokens(_time).Verify(match.Groups[2].Value, TokenPurpose.Unsubscribe, out var token));
        Assert.Equal(Mail.Subscriber, token!.SubscriberId);
        Assert.Equal("Syria talks", token.Topic);
        Assert.Equal("<syria-talks.briefing.example.org>", message.Headers["List-Id"]);
    }

    [Fact]
    public void Compose_SingleStory_NoStoryHeadingsAndSectionsAsH2()
    {
        var message = Mail.Composer(_time).Compose(Mail.Edition(), Mail.Recipient());

        Assert.DoesNotContain("== 1.", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Also reported", message.Text, StringComparison.Ordinal);
        Assert.Contains(">Key points</h2>", message.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_Edition_EachStoryTitledWithItsOwnSectionsThenAlsoReported()
    {
        var single = Mail.Briefing();
        var floods = new StoryBriefing("Floods in <Wales>", ["S2"], [new Section("Key points", [new Point("The river burst its banks.", [new Citation("S2", "The river burst its banks.")])])], [], new VerificationReport(1, 1, []));
        var briefing = single with
        {
            Stories = [single.Stories[0], floods],
            AlsoReported = [new Point("A ferry route was approved.", [new Citation("S1", "A ferry route was approved.")])],
        };

        var message = Mail.Composer(_time).Compose(Mail.Edition() with { Briefing = briefing }, Mail.Recipient());

        var text = message.Text;
        Assert.True(text.IndexOf("== 1. Talks <end> & begin ==", StringComparison.Ordinal) < text.IndexOf("== 2. Floods in <Wales> ==", StringComparison.Ordinal));
        Assert.Contains("3. The river burst its banks.\n   Reported by Source 2", text.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("Also reported\n\n4. A ferry route was approved.", text.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(">2. Floods in &lt;Wales&gt;</h2>", message.Html, StringComparison.Ordinal);
        Assert.Contains(">Key points</h3>", message.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_TitleWithLineBreaks_SubjectOnOneLine()
    {
        var edition = Mail.Edition() with { Briefing = Mail.Briefing("Talks\r\nBcc: victim@example.org\u0000") };

        var message = Mail.Composer(_time).Compose(edition, Mail.Recipient());

        Assert.Equal("Talks Bcc: victim@example.org", message.Subject);
    }

    [Theory]
    [InlineData("reader@example.test\r\nBcc: victim@example.org")]
    [InlineData("Reader <reader@example.test>")]
    [InlineData("a@example.test, b@example.test")]
    public void Compose_HostileRecipient_Refused(string address)
    {
        Assert.Throws<ArgumentException>(() => Mail.Composer(_time).Compose(Mail.Edition(), Mail.Recipient(address)));
    }

    [Fact]
    public void Compose_AbsoluteWebPath_Refused()
    {
        Assert.Throws<ArgumentException>(() => Mail.Composer(_time).Compose(Mail.Edition() with { WebPath = "https://evil.example/x" }, Mail.Recipient()));
    }

    [Fact]
    public void Compose_WithAndWithoutPdf_AttachmentFollowsEdition()
    {
        var composer = Mail.Composer(_time);

        Assert.NotNull(composer.Compose(Mail.Edition(pdf: true), Mail.Recipient()).Attachment);
        Assert.Null(composer.Compose(Mail.Edition(pdf: false), Mail.Recipient()).Attachment);
    }
}
