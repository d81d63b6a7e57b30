using System.Diagnostics;

namespace Briefing.Generation;

/// <summary>The activity source a host can export with OpenTelemetry: one activity per briefing and per stage.</summary>
public static class BriefingTelemetry
{
    public const string SourceName = "Briefing";

    public static readonly ActivitySource Source = new(SourceName);
}
