using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Briefing.Web.Tests.Browser;

/// <summary>Watches a briefing's page as it refreshes itself, recording each stage it shows, until the briefing is there.</summary>
public static partial class Progress
{
    /// <summary>The stages in the order the progress page lists them.</summary>
    public static readonly string[] Stages =
    [
        "Waiting for a free worker", "Reading the articles", "Grouping the articles into stories", "Summarizing", "Finding where sources disagree", "Checking every citation", "Printing HTML, Markdown, JSON and PDF",
    ];

    /// <summary>
    /// Reads the page until it shows the briefing (or the failure), calling <paramref name="onStage"/> once per new
    /// stage shown (with a screenshot chance); returns the stages seen, in order.
    /// </summary>
    public static async Task<List<string>> FollowAsync(IPage page, TimeSpan timeout, Func<string, Task>? onStage = null)
    {
        var seen = new List<string>();
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            string html;
            try
            {
                html = await page.ContentAsync();
            }
            catch (PlaywrightException)
            {
                // The page is between two of its refreshes.
                await Task.Delay(100);
                continue;
            }

            if (html.Contains("id=\"verification\"", StringComparison.Ordinal)) return seen;
            if (html.Contains("The briefing failed", StringComparison.Ordinal)) throw new InvalidOperationException("the briefing failed: " + await page.InnerTextAsync("main"));
            var stage = StageIn(html);
            if (stage is not null && (seen.Count == 0 || seen[^1] != stage))
            {
                seen.Add(stage);
                if (onStage is not null) await onStage(stage);
            }

            await Task.Delay(150);
        }

        throw new TimeoutException($"no briefing at {page.Url} after {timeout}; stages seen: {string.Join(" > ", seen)}");
    }

    public static string? StageIn(string html)
    {
        var m = StageElement().Match(html);
        return m.Success ? System.Net.WebUtility.HtmlDecode(m.Groups[1].Value) : null;
    }

    [GeneratedRegex("id=\"stage\">([^<]*)<")]
    private static partial Regex StageElement();
}
