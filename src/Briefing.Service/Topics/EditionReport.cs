namespace Briefing.Service.Topics;

/// <summary>What an edition gathered: every source with how its read went, every item used, and every failure.</summary>
public sealed record EditionReport(IReadOnlyList<SourceReport> Sources, IReadOnlyList<ItemReport> Items, IReadOnlyList<string> Failures)
{
    public static EditionReport Empty { get; } = new([], [], []);

    public EditionReport WithFailure(string failure) => this with { Failures = [.. Failures, failure] };
}

/// <summary>One source of an edition: its kind, how the read went (Updated, NotModified, Failed…), items found and used.</summary>
public sealed record SourceReport(string Source, string Kind, string Status, int NewItems, int Used, string? Error);

/// <summary>One article an edition used: where from, and whether its page or only the feed's text was had.</summary>
public sealed record ItemReport(string Source, string? Title, string? Link, bool FromPage, string? FallbackReason);
