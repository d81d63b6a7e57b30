using Briefing.Domain;
using Briefing.Verification;

namespace Briefing.Tests.Verification;

public sealed class ArticleTextTests
{
    private const string Text =
        "U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov were joined in Lausanne by UN Syria envoy Staffan de Mistura, along with the top diplomats of Turkey, Saudi Arabia, and Qatar -- all backers of Syrian opposition forces.\n" +
        "The conflict in Syria, which flared up in March 2011, has claimed the lives of more than 400,000 people, according to an estimate by de Mistura.\n" +
        "Kerry said that new ideas were discussed for reviving the cease-fire, describing the meeting as a candid “brainstorming” session.";

    private static readonly ArticleText Article = new(new Article("S1", "t", null, null, null, "s1.txt", Text, [
        new Sentence("S1", 0, 0, "U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov were joined in Lausanne by UN Syria envoy Staffan de Mistura, along with the top diplomats of Turkey, Saudi Arabia, and Qatar -- all backers of Syrian opposition forces."),
        new Sentence("S1", 1, 1, "The conflict in Syria, which flared up in March 2011, has claimed the lives of more than 400,000 people, according to an estimate by de Mistura."),
        new Sentence("S1", 2, 2, "Kerry said that new ideas were discussed for reviving the cease-fire, describing the meeting as a candid “brainstorming” session."),
    ]));

    [Theory]
    [InlineData("US Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov were joined in Lausanne", "U.S. Secretary of State John Kerry and Russian Foreign Minister Sergei Lavrov were joined in Lausanne")]
    [InlineData("has claimed the lives of more than 400 000 people", "has claimed the lives of more than 400,000 people")]
    [InlineData("has claimed the lives of more than 400000 people", "has claimed the lives of more than 400,000 people")]
    [InlineData("The conflict in Syria which flared up in March 2011 has claimed the lives", "The conflict in Syria, which flared up in March 2011, has claimed the lives")]
    [InlineData("The conflict in Syria, which flared up in March, 2011, has claimed", "The conflict in Syria, which flared up in March 2011, has claimed")]
    [InlineData("new ideas were discussed for reviving the cease-fire", "new ideas were discussed for reviving the cease-fire")]
    [InlineData("New ideas were discussed for reviving the cease-fire", "new ideas were discussed for reviving the cease-fire")]
    [InlineData("describing the meeting as a candid \"brainstorming\" session.", "describing the meeting as a candid “brainstorming” session.")]
    [InlineData("describing the meeting as a candid 'brainstorming' session", "describing the meeting as a candid “brainstorming” session")]
    [InlineData("Turkey, Saudi Arabia, and Qatar — all backers of Syrian opposition forces", "Turkey, Saudi Arabia, and Qatar -- all backers of Syrian opposition forces")]
    [InlineData("The conflict in Syria ... has claimed the lives of more than 400,000 people", "The conflict in Syria … has claimed the lives of more than 400,000 people")]
    [InlineData("Kerry said that new ideas were discussed … describing the meeting as a candid “brainstorming” session.", "Kerry said that new ideas were discussed … describing the meeting as a candid “brainstorming” session.")]
    [InlineData("...all backers of Syrian opposition forces", "all backers of Syrian opposition forces")]
    public void Find_FaithfulVariant_MatchesAndShowsExactSourceText(string quote, string shown)
    {
        var (match, reason) = Article.Find(quote, 3);

        Assert.Null(reason);
        Assert.Equal(shown, match!.Exact);
    }

    [Theory]
    [InlineData("has claimed the lives of more than 500,000 people")]
    [InlineData("has claimed the lives of more than 40,000 people")]
    [InlineData("has claimed the lives of at least 400,000 people")]
    [InlineData("new ideas were discussed for reviving the ceasefire agreement")]
    [InlineData("new ideas were not discussed for reviving the cease-fire")]
    [InlineData("new ideas discussed for reviving the cease-fire")]
    [InlineData("Kerry said that old ideas were discussed")]
    [InlineData("Russian Foreign Minister Sergey Lavrov were joined in Lausanne")]
    [InlineData("UK Syria envoy Staffan de Mistura")]
    [InlineData("Kerry said … flared up in March 2011")]
    [InlineData("has claimed the lives … were joined in Lausanne by UN Syria envoy")]
    [InlineData("Kerry and Russian Foreign Minister Sergei Lavrov ... in Lausanne")]
    [InlineData("Kerry said that new ideas were discussed … describing the meeting as a frank “brainstorming” session.")]
    public void Find_AlteredVariant_DoesNotMatch(string quote)
    {
        var (match, reason) = Article.Find(quote, 3);

        Assert.Null(match);
        Assert.NotNull(reason);
    }

    [Fact]
    public void Find_Fragment_GivesWholeSentencesAndTheTwoBefore()
    {
        var (match, _) = Article.Find("describing the meeting as a candid brainstorming session", 3);

        Assert.Equal("Kerry said that new ideas were discussed for reviving the cease-fire, describing the meeting as a candid “brainstorming” session.", match!.Sentences);
        Assert.StartsWith("U.S. Secretary of State", match.Context, StringComparison.Ordinal);
        Assert.Contains("The conflict in Syria", match.Context, StringComparison.Ordinal);
    }
}
