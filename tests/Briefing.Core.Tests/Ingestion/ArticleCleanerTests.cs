using Briefing.Ingestion;

namespace Briefing.Tests.Ingestion;

public sealed class ArticleCleanerTests
{
    [Fact]
    public void Clean_NewsPage_RemovesCaptionsRepeatsAndSubheadings()
    {
        const string body = """
            Syria crisis: talks end, says U.S.

            Talks in Lausanne ended on Saturday without a deal, officials said.

            Kerry and Lavrov at the table in Lausanne, Switzerland. (Jean-Christophe Bott/Reuters)

            Talks in Lausanne ended on Saturday without a deal, officials said.

            Fighting would not end with Aleppo resolution

            The next meeting is planned for Monday in London, the State Department said.
            """;

        var cleaned = ArticleCleaner.Clean(body);

        Assert.Equal("Syria crisis: talks end, says U.S.", cleaned.Headline);
        Assert.Equal(
            ["Talks in Lausanne ended on Saturday without a deal, officials said.", "The next meeting is planned for Monday in London, the State Department said."],
            cleaned.Paragraphs);
    }

    [Fact]
    public void Clean_Dateline_GivesOutletAndKeepsSentence()
    {
        var cleaned = ArticleCleaner.Clean(" (CNN) Talks in Switzerland on the crisis in Syria have ended with no apparent breakthrough today.");

        Assert.Equal("CNN", cleaned.Outlet);
        Assert.Equal("Talks in Switzerland on the crisis in Syria have ended with no apparent breakthrough today.", Assert.Single(cleaned.Paragraphs));
    }

    [Fact]
    public void Clean_LineBrokenMidSentence_JoinsLines()
    {
        var cleaned = ArticleCleaner.Clean("The high-level discussions come against the backdrop of failed efforts between the United\nStates and Russia.\nA ceasefire was brokered last month.");

        Assert.Equal(["The high-level discussions come against the backdrop of failed efforts between the United States and Russia.", "A ceasefire was brokered last month."], cleaned.Paragraphs);
    }

    [Theory]
    [InlineData("Lavrov: ’No special expectations’ Ahead of the talks, the minister did little.", "Ahead of the talks, the minister did little.")]
    [InlineData("War crimes accusations, Kerry will go on to London for talks.", "Kerry will go on to London for talks.")]
    [InlineData("Last week, Kerry accused Russia of war crimes.", "Last week, Kerry accused Russia of war crimes.")]
    [InlineData("In recent days, Western powers spoke.", "In recent days, Western powers spoke.")]
    public void Strip_SubheadingGluedToSentence_RemovesOnlyTheHeading(string sentence, string expected) =>
        Assert.Equal(expected, GluedHeading.Strip(sentence));
}
