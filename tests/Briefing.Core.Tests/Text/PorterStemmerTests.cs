using Briefing.Text;

namespace Briefing.Tests.Text;

public sealed class PorterStemmerTests
{
    // Examples from Porter (1980) and the reference vocabulary/output lists.
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("hopping", "hop")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("generalization", "gener")]
    [InlineData("hopefulness", "hope")]
    [InlineData("electrical", "electr")]
    [InlineData("adjustment", "adjust")]
    [InlineData("controlling", "control")]
    [InlineData("roll", "roll")]
    [InlineData("killed", "kill")]
    [InlineData("civilians", "civilian")]
    public void Stem_ReferenceWords_MatchPorter(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Stem(word));
}
