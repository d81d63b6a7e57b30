namespace Briefing.Web.Apis;

/// <summary>The JSON body of POST /api/briefings.</summary>
internal sealed record SubmissionJson(string? Title, string? Engine, int? Words, IReadOnlyList<ArticleJson>? Articles, int? MaxStories = null, bool? OneStory = null);

/// <summary>One pasted article of a JSON request.</summary>
internal sealed record ArticleJson(string? Title, string? Outlet, string? Url, DateTimeOffset? Published, string? Text);
