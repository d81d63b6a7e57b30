using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Briefing.Service.Topics;

/// <summary>Checks the "Topics" settings list at start: every topic valid (name, cron, time zone, sources), names unique.</summary>
internal sealed class TopicsValidator : IValidateOptions<List<TopicDefinition>>
{
    public ValidateOptionsResult Validate(string? name, List<TopicDefinition> options)
    {
        var failures = new List<string>();
        foreach (var (topic, i) in options.Select((t, i) => (t, i))) failures.AddRange(Problems(topic).Select(p => $"Topics:{i}: {p}"));
        failures.AddRange(options.GroupBy(t => t.Name).Where(g => g.Count() > 1).Select(g => $"Topics: the name '{g.Key}' is used {g.Count()} times"));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Every problem of one topic, each naming its field; empty when the topic is valid.</summary>
    public static IReadOnlyList<string> Problems(TopicDefinition topic)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(topic, new ValidationContext(topic), results, validateAllProperties: true);
        return results.Select(r => r.ErrorMessage ?? string.Join(", ", r.MemberNames)).ToList();
    }
}
