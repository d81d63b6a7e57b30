using Briefing.Service.Storage;

namespace Briefing.Service.Topics;

/// <summary>The articles gathered for an edition, the feed states to remember once they are stored, and the report.</summary>
public sealed record GatheredEdition(IReadOnlyList<StoredArticle> Articles, IReadOnlyList<FeedSourceRecord> Feeds, EditionReport Report);
