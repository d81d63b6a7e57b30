using Briefing.Domain;
using Briefing.Stories;
using Microsoft.Extensions.Options;

namespace Briefing.Tests.Grouping;

// Namespace Grouping, not Stories: Briefing.Tests.Stories is the test-article helper class.
public sealed class StoryGrouperTests
{
    private readonly StoryGrouper _grouper = new(Options.Create(new StoriesOptions()));

    [Fact]
    public void Group_TwoEventsAndAnUnrelatedArticle_TwoStoriesAndOneSingleton()
    {
        Article[] articles =
        [
            Stories.Make("A1", "Foreign ministers met in Lausanne to discuss the war in Syria.", "Kerry and Lavrov led the talks on a Syria ceasefire."),
            Stories.Make("B1", "A magnitude 6.2 earthquake struck central Italy near Amatrice overnight.", "Rescuers searched the rubble of Amatrice for survivors."),
            Stories.Make("A2", "Talks in Lausanne on the Syria war ended without a ceasefire.", "Lavrov and Kerry will meet again about Syria."),
            Stories.Make("C1", "The Federal Reserve raised interest rates by a quarter point.", "Inflation stayed above the bank's target."),
            Stories.Make("B2", "The Amatrice earthquake killed dozens in central Italy.", "Rescuers pulled survivors from the rubble."),
            Stories.Make("A3", "Kerry said the Lausanne talks on Syria produced new ideas for a ceasefire.", "Lavrov agreed to continue contacts."),
        ];

        var grouping = _grouper.Group(articles);

        Assert.Equal(2, grouping.Stories.Count);
        Assert.Equal(["A1", "A2", "A3"], grouping.Stories[0].Articles.Select(a => a.Id));
        Assert.Equal(["B1", "B2"], grouping.Stories[1].Articles.Select(a => a.Id));
        Assert.Equal("C1", Assert.Single(grouping.Singletons).Id);
    }

    [Fact]
    public async Task Group_Seeds_OneStoryWithEveryArticle()
    {
        var articles = await Stories.SeedsAsync();

        var grouping = _grouper.Group(articles);

        Assert.Equal(articles.Select(a => a.Id), Assert.Single(grouping.Stories).Articles.Select(a => a.Id));
        Assert.Empty(grouping.Singletons);
    }

    [Fact]
    public void Group_NoArticles_Empty()
    {
        var grouping = _grouper.Group([]);

        Assert.Empty(grouping.Stories);
        Assert.Empty(grouping.Singletons);
    }

    [Fact]
    public void Group_Articles_EachInExactlyOneStoryOrAmongSingletons()
    {
        var articles = Enumerable.Range(0, 30)
            .Select(i => Stories.Make($"S{i}", $"Event {i % 7} happened in town{i % 7} with mayor{i % 7} and council{i % 5}.", $"Residents of town{i % 7} reacted to plan{i % 3}."))
            .ToList();

        var grouping = _grouper.Group(articles);

        var ids = grouping.Stories.SelectMany(s => s.Articles).Concat(grouping.Singletons).Select(a => a.Id).ToList();
        Assert.Equal(articles.Select(a => a.Id).Order(), ids.Order());
    }
}
