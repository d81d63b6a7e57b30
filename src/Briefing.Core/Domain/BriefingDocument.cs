using System.Text.Json.Serialization;

namespace Briefing.Domain;

/// <summary>
/// The finished briefing: the contract behind briefing.json (schemas/briefing.v2.schema.json) and every rendering.
/// An edition is its <see cref="Stories"/>, ranked by coverage, and the one-line reports of <see cref="AlsoReported"/>;
/// a single-story briefing is an edition of one story and nothing else. <see cref="Verification"/> totals every story's
/// claims and the also-reported lines.
/// </summary>
public sealed record BriefingDocument(
    string Title,
    DateTimeOffset GeneratedAt,
    string Engine,
    IReadOnlyList<Source> Sources,
    IReadOnlyList<StoryBriefing> Stories,
    IReadOnlyList<Point> AlsoReported,
    VerificationReport Verification,
    RunReport Run)
{
    /// <summary>The version of the briefing.json contract this document follows.</summary>
    public const int CurrentSchemaVersion = 2;

    [JsonPropertyOrder(-1)]
    public int SchemaVersion => CurrentSchemaVersion;

    /// <summary>More than one story, or one with also-reported lines: rendered with a table of contents.</summary>
    [JsonIgnore]
    public bool IsEdition => Stories.Count > 1 || AlsoReported.Count > 0;
}
