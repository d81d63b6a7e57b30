using System.Text.RegularExpressions;
using Briefing.Domain;
using Briefing.Generation;
using Briefing.Ingestion;
using Briefing.Rendering;
using Briefing.Service.Delivery;
using Briefing.Service.Subscribers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Briefing.Bench;

/// <summary>
/// Template rendering alone, per briefing: HTML, Markdown and the email's two parts for the seeds (one story) and
/// the mixed edition (two stories and "Also reported"). With a folder argument, also writes each rendering there
/// (to compare before and after a template change).
/// </summary>
internal static partial class RenderBench
{
    public static async Task RunAsync(IServiceProvider services, string root, int runs, string? outFolder)
    {
        Console.WriteLine($"Rendering benchmark · {Environment.ProcessorCount} cores · .NET {Environment.Version} · {runs} warm runs, median µs");
        Console.WriteLine();
        Console.WriteLine("| briefing | html | md | email (html + text) |");
        Console.WriteLine("|---|---|---|---|");
        var generator = services.GetRequiredService<IBriefingGenerator>();
        var renderers = services.GetServices<IBriefingRenderer>().ToDictionary(r => r.Format);
        var delivery = Options.Create(new DeliveryOptions { Secret = new string('s', 40), BaseUrl = "https://briefing.example.org/" });
        var smtp = Options.Create(new SmtpOptions { Host = "127.0.0.1", FromAddress = "news@briefing.example.org" });
        var composer = new EmailComposer(new EmailTemplates(Path.Combine(root, "templates")), new SubscriberTokens(delivery, TimeProvider.System), smtp, delivery);
        var edition = Directory.CreateTempSubdirectory("briefing-bench-render").FullName;
        foreach (var (name, input) in new[] { ("seeds", Path.Combine(root, "seeds", "lausanne-2016")), ("edition", TestKit.EditionInputs.Write(Path.Combine(edition, "in"))) })
        {
            var briefing = await generator.GenerateAsync(new GenerationRequest([ArticleInput.FromPath(input)]), null, default);
            briefing = briefing with { GeneratedAt = new DateTimeOffset(2016, 10, 16, 9, 0, 0, TimeSpan.Zero) };
            var mail = new EmailEdition("bench", briefing, "briefings/bench");
            var html = await MedianAsync(runs, () => renderers["html"].RenderAsync(briefing, Stream.Null, default));
            var md = await MedianAsync(runs, () => renderers["md"].RenderAsync(briefing, Stream.Null, default));
            var email = await MedianAsync(runs, () => { composer.Prepare(mail, "bench"); return Task.CompletedTask; });
            Console.WriteLine($"| {name} | {html:F0} | {md:F0} | {email:F0} |");
            if (outFolder is null) continue;
            Directory.CreateDirectory(outFolder);
            foreach (var format in new[] { "html", "md", "pdf" })
            {
                await using var file = File.Create(Path.Combine(outFolder, $"{name}.{format}"));
                await renderers[format].RenderAsync(briefing, file, default);
            }

            var prepared = composer.Prepare(mail, "bench");
            // The unsubscribe marker is random per composer: fixed here so two runs' files compare.
            File.WriteAllText(Path.Combine(outFolder, $"{name}.email.html"), Marker().Replace(prepared.Html, "briefing-unsubscribe"));
            File.WriteAllText(Path.Combine(outFolder, $"{name}.email.txt"), Marker().Replace(prepared.Text, "briefing-unsubscribe"));
        }

        Directory.Delete(edition, recursive: true);
    }

    [GeneratedRegex("briefing-unsubscribe-[0-9a-f]{32}")]
    private static partial Regex Marker();

    private static async Task<double> MedianAsync(int runs, Func<Task> action) => await Bench.MedianAsync(runs, action) * 1000;
}
