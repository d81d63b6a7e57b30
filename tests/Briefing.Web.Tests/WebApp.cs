using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Briefing.Web.Tests;

/// <summary>
/// The real web host in memory (WebApplicationFactory) over its own SQLite files in a temporary folder, with the
/// repository's templates and prompts. Settings are the ones a test class needs; PDF printing is off unless asked.
/// </summary>
public class WebApp : WebApplicationFactory<Program>
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "briefing-web-" + Guid.NewGuid().ToString("N")[..10]);

    public WebApp() => Directory.CreateDirectory(_folder);

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    protected virtual bool Pdf => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:ConnectionString", $"Data Source={Path.Combine(_folder, "briefing.db")}");
        builder.UseSetting("Rendering:TemplatesPath", Path.Combine(Repo.Root, "templates"));
        builder.UseSetting("Llm:PromptsPath", Path.Combine(Repo.Root, "prompts"));
        builder.UseSetting("Llm:CachePath", "");
        builder.UseSetting("Web:GenerationsPerMinute", "1000");
        if (!Pdf) builder.UseSetting("Rendering:ChromiumPath", "/nonexistent/chromium");
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Uploads the five seed files as a multipart form.</summary>
    public static MultipartFormDataContent SeedForm(string? title = null)
    {
        var form = new MultipartFormDataContent();
        foreach (var file in Directory.GetFiles(Repo.Seeds).Order(StringComparer.Ordinal))
        {
            form.Add(new ByteArrayContent(File.ReadAllBytes(file)) { Headers = { ContentType = new("text/plain") } }, "files", Path.GetFileName(file));
        }

        if (title is not null) form.Add(new StringContent(title), "title");
        return form;
    }

    /// <summary>Polls the status endpoint until the briefing is done or failed (60 s at most).</summary>
    public static async Task<JsonElement> WaitAsync(HttpClient client, string location)
    {
        for (var i = 0; i < 240; i++)
        {
            var status = await client.GetFromJsonAsync<JsonElement>(location);
            if (status.GetProperty("status").GetString() is "done" or "failed") return status;
            await Task.Delay(250);
        }

        throw new TimeoutException($"{location} not finished after 60 s");
    }
}
