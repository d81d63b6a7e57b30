using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Quartz;

namespace Briefing.Service.Topics;

/// <summary>
/// One topic of the daily schedule (an item of the "Topics" settings list): what to gather, when, and how to brief it.
/// </summary>
public sealed class TopicDefinition : IValidatableObject
{
    /// <summary>The topic's name: letters, digits and hyphens, used in URLs and as the edition key.</summary>
    [Required, RegularExpression("^[a-z0-9][a-z0-9-]{0,62}$")]
    public string Name { get; set; } = "";

    /// <summary>
    /// Where articles come from: RSS/Atom feed URLs, fixed article pages as "page:https://…", and folders or files of
    /// articles (see <see cref="TopicSource"/>).
    /// </summary>
    [MinLength(1)]
    public string[] Sources { get; set; } = [];

    /// <summary>A Quartz cron expression (seconds first) read in <see cref="TimeZone"/>. The default value is 07:00 every day.</summary>
    [Required]
    public string Cron { get; set; } = "0 0 7 * * ?";

    /// <summary>An IANA time zone, such as Europe/Paris; the edition's date is the fire time's date there. The default value is UTC.</summary>
    [Required]
    public string TimeZone { get; set; } = "UTC";

    /// <summary>Only articles this recent are used. The default value is 24 hours.</summary>
    [Range(1, 24 * 31)]
    public int LookbackHours { get; set; } = 24;

    /// <summary>extractive, llm or auto; empty means Summarization:Engine.</summary>
    public string? Engine { get; set; }

    /// <summary>The word budget; empty means Summarization:Words.</summary>
    [Range(30, 5000)]
    public int? Words { get; set; }

    /// <summary>How many stories an edition shows at most. The default value is 10.</summary>
    [Range(1, 100)]
    public int StoryCap { get; set; } = 10;

    /// <summary>Whether the email of an edition carries its PDF as an attachment. The default value is false.</summary>
    public bool AttachPdf { get; set; }

    [JsonIgnore]
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);

    private static bool IsCron(string expression)
    {
        try
        {
            _ = new CronExpression(expression);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsCron(Cron)) yield return new ValidationResult($"Topics '{Name}': Cron '{Cron}' is not a valid Quartz cron expression (seconds first, e.g. \"0 0 7 * * ?\")", [nameof(Cron)]);
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _)) yield return new ValidationResult($"Topics '{Name}': TimeZone '{TimeZone}' is not a known time zone (use an IANA name such as Europe/Paris)", [nameof(TimeZone)]);
        foreach (var source in Sources)
        {
            if (TopicSource.Parse(source ?? "").Problem() is { } problem) yield return new ValidationResult($"Topics '{Name}': source {problem}", [nameof(Sources)]);
        }
    }
}
