using Briefing.TestKit.FakeOpenAI;
using Briefing.Tests.LlmClient;

namespace Briefing.Tests.Generation;

public sealed class LlmEditionTests(FakeServerFixture fixture) : IClassFixture<FakeServerFixture>, IDisposable
{
    private readonly FakeOpenAIServer _server = fixture.Fresh();
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task GenerateAsync_LlmEngineOnAMixedInput_MapsEachArticleOnceAndReconcilesEachStory()
    {
        using var services = Services.Build(FakeServerFixture.LlmSettings(_server));

        var briefing = await Generate.FromAsync(services, EditionInputs.Write(_folder.Path));

        var maps = _server.Requests.Where(r => r.Kind == "map").ToList();
        Assert.Equal(8, maps.Count);
        Assert.Equal(2, _server.Requests.Count(r => r.Kind == "reconcile"));
        Assert.Equal(10, briefing.Run.Model!.Calls.Count);
        Assert.Equal(2, briefing.Stories.Count);
        Assert.Single(briefing.AlsoReported);
        foreach (var story in briefing.Stories)
        {
            Assert.All(story.Sections.SelectMany(s => s.Points).SelectMany(p => p.Citations), c => Assert.Contains(c.SourceId, story.SourceIds));
        }

        Assert.Equal(briefing.Verification.Claims, briefing.Verification.Verified);
    }
}
