using Briefing.Domain;
using Briefing.Service.Hosting;

namespace Briefing.Cli;

/// <summary>An error as the CLI prints it: a setting at fault also names the environment variable that sets it.</summary>
internal static class ErrorMessage
{
    public static string For(BriefingException ex) =>
        ex.Kind == BriefingErrorKind.Configuration && ex.Subject is { } key && key.Contains(':', StringComparison.Ordinal) && !key.Contains('/', StringComparison.Ordinal)
            ? $"{ex.Message} (environment: {BriefingConfiguration.EnvironmentVariable(key)})"
            : ex.Message;
}
