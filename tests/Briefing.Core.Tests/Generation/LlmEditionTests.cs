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

    [Fact]
    public async Task GenerateAsync_LlmEdition_StoriesReconciledSideBySideAndKeptInOrder()
    {
        // Each reconcile answer takes 3 s: one story after the other, the second request would come 3 s after the first.
        var hold = TimeSpan.FromSeconds(3);
        _server.Script = r => r.Kind == "reconcile" ? FakeModel.Answer(r) with { Delay = hold } : null;
        using var services = Services.Build(FakeServerFixture.LlmSettings(_server));

        var briefing = await Generate.FromAsync(services, EditionInputs.Write(_folder.Path));

        var reconciles = _server.Requests.Where(r => r.Kind == "reconcile").OrderBy(r => r.At).ToList();
        Assert.Equal(2, reconciles.Count);
        Assert.True(reconciles[1].At - reconciles[0].At < hold, $"second reconcile came {(reconciles[1].At - reconciles[0].At).TotalSeconds:F1} s after the first");
        Assert.Equal([5, 3], briefing.Stories.Select(s => s.SourceIds.Count));
    }

    [Fact]
    public async Task GenerateAsync_StoriesOneAtATime_SecondReconcileWaitsForTheFirst()
    {
        var hold = TimeSpan.FromSeconds(1);
        _server.Script = r => r.Kind == "reconcile" ? FakeModel.Answer(r) with { Delay = hold } : null;
        using var services = Services.Build(new Dictionary<string, string?>(FakeServerFixture.LlmSettings(_server)) { ["Stories:MaxConcurrency"] = "1" });

        await Generate.FromAsync(services, EditionInputs.Write(_folder.Path));

        var reconciles = _server.Requests.Where(r => r.Kind == "reconcile").OrderBy(r => r.At).ToList();
        Assert.True(reconciles[1].At - reconciles[0].At >= hold);
    }
}
