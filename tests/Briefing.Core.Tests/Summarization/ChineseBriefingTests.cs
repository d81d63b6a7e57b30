using Briefing.Generation;
using Briefing.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Tests.Summarization;

public sealed class ChineseBriefingTests : IDisposable
{
    private readonly TempFolder _in = new();
    private readonly TempFolder _out = new();

    public void Dispose()
    {
        _in.Dispose();
        _out.Dispose();
    }

    [Fact]
    public async Task BuildAsync_TwoChineseArticles_BriefingWithVerifiedChinesePoints()
    {
        _in.Write("xinhua.txt", Chinese.Article1);
        _in.Write("people.txt", Chinese.Article2);
        using var services = Services.Build(new Dictionary<string, string?> { ["Summarization:Engine"] = "Extractive" });

        var briefing = await Generate.FromAsync(services, _in.Path);

        Assert.Empty(briefing.Run.Skipped);
        Assert.Equal(2, briefing.Sources.Count);
        var points = briefing.Story().Sections.SelectMany(s => s.Points).ToList();
        Assert.NotEmpty(points);
        Assert.All(points, p => Assert.EndsWith("。", p.Text, StringComparison.Ordinal));
        Assert.Equal(briefing.Verification.Claims, briefing.Verification.Verified);
        Assert.Contains("<html lang=\"zh\">", services.GetRequiredService<HtmlRenderer>().Render(briefing), StringComparison.Ordinal);
    }
}
