using System.Text.Json;
using Briefing.Service.Storage;
using Briefing.Service.Topics;

namespace Briefing.Web.Apis;

/// <summary>One edition as the API returns it and the edition page shows it: state, stories, sources, items, failures.</summary>
internal sealed record EditionView(
    string Topic,
    DateOnly Date,
    string Status,
    string? Reason,
    DateTimeOffset ScheduledFor,
    DateTimeOffset CreatedAt,
    Guid? BriefingId,
    string? BriefingStatus,
    IReadOnlyList<EditionStory> Stories,
    EditionReport Report,
    object Links)
{
    public static async Task<EditionView?> LoadAsync(string topic, DateOnly date, EditionStore editions, BriefingStore briefings, CancellationToken cancellationToken)
    {
        if (await editions.GetAsync(topic, date, cancellationToken) is not { } edition) return null;
        var report = await editions.GetReportAsync(topic, date, cancellationToken);
        var briefing = edition.BriefingId is { } id ? await briefings.GetAsync(id, cancellationToken) : null;
        return new EditionView(
            edition.Topic,
            edition.Date,
            edition.Status,
            edition.Reason,
            edition.ScheduledFor,
            edition.CreatedAt,
            edition.BriefingId,
            briefing?.Status.ToString().ToLowerInvariant(),
            ReadStories(briefing?.Json),
            report,
            Link(edition));
    }

    public static object Link(Edition edition) => new
    {
        self = $"/api/topics/{edition.Topic}/editions/{edition.Date:yyyy-MM-dd}",
        page = $"/topics/{edition.Topic}/editions/{edition.Date:yyyy-MM-dd}",
        briefing = edition.BriefingId is { } id ? $"/briefings/{id}" : null,
    };

    private static List<EditionStory> ReadStories(string? json)
    {
        if (json is null) return [];
        using var document = JsonDocument.Parse(json);
        if (!document.RootElement.TryGetProperty("stories", out var stories) || stories.ValueKind != JsonValueKind.Array) return [];
        return stories.EnumerateArray()
            .Select(s => new EditionStory(
                s.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() ?? "" : "",
                s.TryGetProperty("sourceIds", out var ids) && ids.ValueKind == JsonValueKind.Array ? ids.GetArrayLength() : 0,
                s.TryGetProperty("sections", out var sections) && sections.ValueKind == JsonValueKind.Array
                    ? sections.EnumerateArray().Sum(x => x.TryGetProperty("points", out var p) && p.ValueKind == JsonValueKind.Array ? p.GetArrayLength() : 0)
                    : 0))
            .ToList();
    }
}

/// <summary>A story of an edition's briefing: its title, how many sources carry it and how many points it makes.</summary>
internal sealed record EditionStory(string Title, int Sources, int Points);
