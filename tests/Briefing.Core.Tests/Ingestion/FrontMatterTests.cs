using Briefing.Ingestion;

namespace Briefing.Tests.Ingestion;

public sealed class FrontMatterTests
{
    [Fact]
    public void Parse_KeysInAnyCase_ReadAsOneField()
    {
        var (meta, body, warnings) = FrontMatter.Parse("---\nTITLE: Talks end\nOutlet: Reuters\n---\nBody text.");

        Assert.Equal("Talks end", meta.Title);
        Assert.Equal("Reuters", meta.Outlet);
        Assert.Equal("Body text.", body);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Parse_DuplicateKeyInDifferentCase_KeepsTheFirstAndWarns()
    {
        var (meta, _, warnings) = FrontMatter.Parse("---\nTitle: First\ntitle: Second\n---\nBody text.");

        Assert.Equal("First", meta.Title);
        Assert.Equal("front matter key 'title' appears more than once; the first value is used", Assert.Single(warnings));
    }

    [Theory]
    [InlineData("title: [a, b]", "title")]
    [InlineData("outlet:\n  name: x", "outlet")]
    public void Parse_NonScalarValue_RejectedWithAWarningNamingTheKey(string yaml, string key)
    {
        var (meta, _, warnings) = FrontMatter.Parse($"---\n{yaml}\n---\nBody text.");

        Assert.Null(meta.Title);
        Assert.Null(meta.Outlet);
        Assert.Equal($"front matter key '{key}' is not a single value (a list or a mapping); ignored", Assert.Single(warnings));
    }

    [Fact]
    public void Parse_UnknownKeysWithNestedValues_Ignored()
    {
        var (meta, _, warnings) = FrontMatter.Parse("---\ntitle: Talks\ntags: [a, b]\n---\nBody text.");

        Assert.Equal("Talks", meta.Title);
        Assert.Empty(warnings);
    }

    [Fact]
    public void Parse_DeeplyNestedValue_StopsAtTheDepthCapWithAWarning()
    {
        var yaml = "title: " + new string('[', 100_000) + new string(']', 100_000);

        // A small stack, as on a thread-pool thread: a recursive reader would overflow it.
        IReadOnlyList<string> warnings = [];
        var thread = new Thread(() => warnings = FrontMatter.Parse($"---\n{yaml}\n---\nBody text.").Warnings, 512 * 1024);
        thread.Start();
        thread.Join();

        Assert.Contains("values nest more than 32 levels deep; metadata ignored", Assert.Single(warnings), StringComparison.Ordinal);
    }
}
