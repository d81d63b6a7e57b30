using Briefing.Rendering;
using Briefing.TestKit.Hostile;
using Briefing.Web.Pages;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Tests.Pages;

/// <summary>
/// Every page template with every field hostile (models shaped as the endpoints build them), parsed: the same
/// elements and attributes as with plain text, nothing that runs, no link but http(s) or this site's own.
/// </summary>
public sealed class HostilePageTemplatesTests
{
    private readonly PageRenderer _pages = new(Options.Create(new RenderingOptions { TemplatesPath = Repo.Templates }));

    public static TheoryData<string> Pages => new() { "archive", "new", "progress", "topics", "edition", "subscribe", "notice", "unsubscribe" };

    [Theory]
    [MemberData(nameof(Pages))]
    public void Html_EveryFieldHostile_SameShapeAsPlainNothingActive(string page)
    {
        var hostile = ParsedOutput.Html(_pages.Html(page, HostileText.Of(0), Model(page, HostileText.Of), 2));
        var plain = ParsedOutput.Html(_pages.Html(page, HostileText.Plain(0), Model(page, HostileText.Plain), 2));

        Assert.Equal(plain.Shape(), hostile.Shape());
        Assert.Empty(hostile.Problems());
        Assert.Contains(HostileText.Markup, hostile.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void DeliveryStatus_HostilePauseReply_SameShapeAsPlain()
    {
        var hostile = ParsedOutput.Html(_pages.DeliveryStatus(Delivery(HostileText.Of)));
        var plain = ParsedOutput.Html(_pages.DeliveryStatus(Delivery(HostileText.Plain)));

        Assert.Equal(plain.Shape(), hostile.Shape());
        Assert.Empty(hostile.Problems());
        Assert.Contains("sending paused", hostile.TextContent, StringComparison.Ordinal);
    }

    private static object Delivery(Func<int, string> text) =>
        new { Pending = 1, Sent = 2, Failed = 3, Bounced = 4, Suppressed = 5, Paused = new { Code = (int?)550, Reply = text(1) } };

    private static object Model(string page, Func<int, string> t) => page switch
    {
        "archive" => new { Query = t(1), Total = 2, Plural = true, Items = new[] { new { Id = Guid.Empty, Title = t(2), Status = t(3), CreatedAt = t(4), Created = t(5) } }.ToList(), Previous = "/?page=1&q=" + Uri.EscapeDataString(t(6)), Next = (string?)null },
        "new" or "subscribe" => new { Error = new { Title = t(1), Detail = t(2) }, KeyNeeded = true, MinWords = 50, MaxWords = 2000, DefaultWords = 250, Email = t(3), Topics = new[] { new { Name = t(4), Selected = true } }.ToList() },
        "progress" => new { Id = Guid.Empty, Title = t(1), Status = t(2), Stage = t(3), Failed = false, Error = t(4), Stages = new[] { new { Label = t(5), State = t(6), Current = true } }.ToList() },
        "topics" => new { Items = new[] { new { Name = t(1), Origin = t(2), Cron = t(3), TimeZone = t(4), LookbackHours = 24, StoryCap = 5, NextRun = t(5), NextRunIso = t(6), Sources = new[] { new { Source = t(7), LastStatus = t(8), State = t(9), Failing = true } }.ToList(), Editions = new[] { new { Date = t(10), Status = t(11), Reason = t(12), Page = "/topics/" + Uri.EscapeDataString(t(13)) } }.ToList() } }.ToList() },
        "edition" => new { Topic = t(1), Date = t(2), Status = t(3), Reason = t(4), Running = true, BriefingPage = "/briefings/" + Guid.Empty, Stories = new[] { new { Title = t(5), Sources = 2, Points = 3 } }.ToList(), Sources = new[] { new { Source = t(6), Kind = t(7), Status = t(8), NewItems = 1, Used = 1, Error = t(9) } }.ToList(), Items = new[] { new { Source = t(10), Title = t(11), Link = t(12), FromPage = false, FallbackReason = t(13) } }.ToList(), ItemCount = 1, Failures = new[] { t(14) }.ToList(), FailureCount = 1, Delivery = Delivery(t), EmailConfigured = true },
        "notice" => new { Heading = t(1), Message = t(2), Failed = true },
        _ => new { Topic = t(1), Token = t(2) },
    };
}
