using Briefing.Service.Topics;

namespace Briefing.Service.Tests.Topics;

public sealed class TopicsValidatorTests
{
    [Fact]
    public void Validate_BadZoneBadSourceAndARepeatedName_EachNamedWithItsIndex()
    {
        List<TopicDefinition> topics =
        [
            new() { Name = "paris", Sources = ["https://example.org/rss.xml"], TimeZone = "Mars/Olympus" },
            new() { Name = "paris", Sources = ["page:ftp://example.org/a"] },
            new() { Name = "fine", Sources = ["page:https://example.org/a", "seeds"] },
        ];

        var result = new TopicsValidator().Validate(null, topics);

        Assert.True(result.Failed);
        Assert.Contains(result.Failures!, f => f.StartsWith("Topics:0:", StringComparison.Ordinal) && f.Contains("Mars/Olympus", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.StartsWith("Topics:1:", StringComparison.Ordinal) && f.Contains("not an absolute http or https URL", StringComparison.Ordinal));
        Assert.Contains(result.Failures!, f => f.Contains("'paris' is used 2 times", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Failures!, f => f.StartsWith("Topics:2:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("https://example.org/feed.xml", TopicSourceKind.Feed, "https://example.org/feed.xml")]
    [InlineData("page:https://example.org/story", TopicSourceKind.Page, "https://example.org/story")]
    [InlineData("seeds/lausanne-2016", TopicSourceKind.Path, "seeds/lausanne-2016")]
    public void Parse_SourceShapes_Kind(string source, TopicSourceKind kind, string location)
    {
        var parsed = TopicSource.Parse(source);

        Assert.Equal(new TopicSource(kind, location), parsed);
        Assert.Null(parsed.Problem());
    }
}
