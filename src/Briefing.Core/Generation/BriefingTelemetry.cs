using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Briefing.Generation;

/// <summary>
/// What a host exports with OpenTelemetry: the activity source "Briefing" (one activity per briefing, per stage and
/// per prompt function call) and the meter "Briefing" (briefings, model tokens and cost, email sends and bounces).
/// </summary>
public static class BriefingTelemetry
{
    public const string SourceName = "Briefing";

    public static readonly ActivitySource Source = new(SourceName);

    public static readonly Meter Meter = new(SourceName);

    public static readonly Counter<long> Briefings = Meter.CreateCounter<long>("briefing.briefings", "{briefing}", "Briefings generated");

    public static readonly Counter<long> Tokens = Meter.CreateCounter<long>("briefing.llm.tokens", "{token}", "Model tokens, by prompt and direction (input or output)");

    public static readonly Counter<double> Cost = Meter.CreateCounter<double>("briefing.llm.cost", "{currency}", "Estimated model cost from Llm:InputPricePer1K and Llm:OutputPricePer1K");

    public static readonly Counter<long> Sends = Meter.CreateCounter<long>("briefing.email.sends", "{email}", "Briefing emails handed to the mail server");

    public static readonly Counter<long> Bounces = Meter.CreateCounter<long>("briefing.email.bounces", "{email}", "Briefing emails that bounced");
}
