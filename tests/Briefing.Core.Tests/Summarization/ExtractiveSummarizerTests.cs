using Briefing.Domain;
using Briefing.Summarization.Extractive;
using Briefing.Text;
using Microsoft.Extensions.Options;

namespace Briefing.Tests.Summarization;

public sealed class ExtractiveSummarizerTests
{
    private readonly ExtractiveSummarizer _engine = new(Options.Create(new ExtractiveOptions()));

    [Theory]
    [InlineData(60)]
    [InlineData(150)]
    [InlineData(250)]
    public async Task Summarize_Seeds_StaysWithinWordBudget(int budget)
    {
        var draft = _engine.Summarize(await Stories.SeedsAsync(), budget);

        var words = draft.Sections.SelectMany(s => s.Points).Sum(p => p.Text.Split(' ').Length);
        Assert.InRange(words, 1, budget);
    }

    [Fact]
    public async Task Summarize_Seeds_EveryPointCitesItsOwnSentenceFirstAndEveryQuoteIsASourceSentence()
    {
        var articles = await Stories.SeedsAsync();

        var draft = _engine.Summarize(articles, 250);

        var points = draft.Sections.SelectMany(s => s.Points).ToList();
        Assert.InRange(points.Count, 4, 14);
        Assert.All(points, p =>
        {
            Assert.Equal(p.Text, p.Citations[0].Quote);
            Assert.All(p.Citations, c => Assert.Contains(articles.Single(a => a.Id == c.SourceId).Sentences, s => s.Text == c.Quote));
            Assert.Equal(p.Citations.Count, p.Citations.Select(c => c.SourceId).Distinct().Count());
        });
        Assert.Equal(5, points.SelectMany(p => p.Citations).Select(c => c.SourceId).Distinct().Count());
        Assert.Equal("Key points", draft.Sections[0].Heading);
    }

    [Fact]
    public async Task Summarize_Seeds_KeyPointsAreTheMostCorroborated()
    {
        var draft = _engine.Summarize(await Stories.SeedsAsync(), 250);

        var key = draft.Sections[0].Points.Min(p => p.Citations.Count);
        var rest = draft.Sections.Skip(1).SelectMany(s => s.Points).Select(p => p.Citations.Count).DefaultIfEmpty(0).Max();
        Assert.True(key >= rest, $"key points cite {key}+ sources, a later point cites {rest}");
        Assert.True(draft.Sections[0].Points[0].Citations.Count >= 3);
    }

    [Fact]
    public void Summarize_NoCandidateSentences_ReturnsNoSections()
    {
        var draft = _engine.Summarize([Stories.Make("S1", "Too short.", "Also short.")], 100);

        Assert.Empty(draft.Sections);
    }

    [Fact]
    public void Score_OffStoryArticle_RanksBelowTheArticlesThatAgree()
    {
        Article Storm(string id, string lead, string second) => Stories.Make(id, lead, second, "Officials said schools in the coastal counties will stay closed until the storm has passed.");
        var articles = new[]
        {
            Storm("S1", "Hurricane Delta made landfall in Louisiana on Friday with winds of 100 miles per hour.", "Thousands of residents fled the coast before the hurricane arrived in Louisiana on Friday."),
            Storm("S2", "Hurricane Delta struck the Louisiana coast on Friday evening with powerful winds.", "More than 300,000 homes lost power across Louisiana as the hurricane moved inland."),
            Storm("S3", "Hurricane Delta hit Louisiana on Friday, bringing heavy rain and strong winds.", "The governor asked residents to stay indoors while the hurricane crossed the state."),
            Stories.Make("S4", "The city marathon drew a record field of runners through the old town on a sunny Sunday.", "Organisers praised the volunteers who handed out water along the route.", "The winner finished in just over two hours and ten minutes."),
        };
        var index = new Briefing.Text.StoryIndex(articles);
        int RankOfOffStoryLead(double weight) =>
            SentenceScorer.Score(index, new ExtractiveOptions { ArticleAgreementWeight = weight, MinSentenceWords = 5 }).ToList().FindIndex(c => index.Sentences[c.Index].ArticleId == "S4" && index.Sentences[c.Index].Index == 0);

        // Without agreement its lead outranks some of the storm articles' sentences; with it, it comes after all nine.
        Assert.Equal((7, 9), (RankOfOffStoryLead(0), RankOfOffStoryLead(1)));
    }

    [Theory]
    [InlineData("We've detected that JavaScript is disabled in your browser.", true)]
    [InlineData("Sign up for our daily email newsletter and get top stories delivered to your inbox.", true)]
    [InlineData("Click here to view this in a new window.", true)]
    [InlineData("Join us on Facebook Like us and you'll find top breaking news in your feed.", true)]
    [InlineData("Rating is available when the video has been rented.", true)]
    [InlineData("Gerard Julien / AFP / Getty Images Pope John Paul II prays at the Turin Cathedral.", true)]
    [InlineData("Read more at https://example.com/story about the vote.", true)]
    [InlineData("Sorry, the page you requested was not found.", true)]
    [InlineData("This feature is not available right now. Please try again later.", true)]
    [InlineData("Sign in using your account with one of these services.", true)]
    [InlineData("Fill in your contact details below to join our mailing list.", true)]
    [InlineData("Since 1996 the archive has been receiving crawl data that is added to the Wayback Machine.", true)]
    [InlineData("These crawls are part of an effort to keep copies of pages as they change.", true)]
    [InlineData("Also, you may find what you're looking for if you try searching below.", true)]
    [InlineData("The opinions expressed are those of the writer.", true)]
    [InlineData("The company replaced its home page with a tribute to the founder on Monday.", false)]
    [InlineData("Hackers used stolen passwords to log in to officials' accounts over the weekend.", false)]
    [InlineData("The breach exposed names, addresses and contact details of 2.3 million customers.", false)]
    [InlineData("Investigators found the remains in the crawl space beneath the house.", false)]
    [InlineData("The Internet Archive was hacked, and an archived copy on the Wayback Machine shows the old page.", false)]
    [InlineData("Fact check: this video is not from Gaza.", false)]
    [InlineData("Google kept recording where users went even when Location History is paused.", false)]
    [InlineData("Customers were told to try again later as the bank's website went down.", false)]
    [InlineData("Divers will try searching the lake again on Monday.", false)]
    [InlineData("The governor is expected to sign in to law a bill on rent.", false)]
    [InlineData("She told her accountant to pay the fine, saying your accountant should know.", false)]
    [InlineData("Voters must create an account to request a mail-in ballot, the county said.", false)]
    [InlineData("The hackers set up a fake page to collect usernames and passwords used to log into the database.", false)]
    [InlineData("Traffic crawled along the flooded highway for most of Tuesday.", false)]
    [InlineData("The students were on a pub crawl when the fight broke out.", false)]
    [InlineData("Tony Tooke wrote in an email to staff Wednesday that his retirement was effective immediately.", false)]
    [InlineData("The video shows the driver's door opening and a man stepping out.", false)]
    [InlineData("Stephen Colbert has launched a Twitter campaign to get a Senate seat.", false)]
    public void Boilerplate_WebPageFurniture_RecognisedAndNewsIsNot(string sentence, bool expected)
    {
        Assert.Equal(expected, Boilerplate.IsLikely(sentence));
    }
}
