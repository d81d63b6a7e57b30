using Briefing.Service.Storage;
using Briefing.Summarization;

namespace Briefing.Web.Apis;

/// <summary>A checked request for a briefing: its choices and its articles as they will be stored.</summary>
internal sealed record Submission(string? Title, Engine? Engine, int? Words, IReadOnlyList<StoredArticle> Articles, int? MaxStories = null, bool OneStory = false);
