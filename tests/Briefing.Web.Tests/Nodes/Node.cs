using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Briefing.TestKit.FakeOpenAI;
using Briefing.TestKit.WebProcess;

namespace Briefing.Web.Tests.Nodes;

/// <summary>What the process-level tests share: settings for a child web app that writes with the LLM engine
/// against the loopback fake model (slow enough to be caught mid-run), and reading its logs and API.</summary>
internal static class Node
{
    public static Dictionary<string, string> Settings(FakeOpenAIServer model) => new()
    {
        ["Rendering:TemplatesPath"] = Repo.Templates,
        ["Rendering:ChromiumPath"] = "/nonexistent/chromium",
        ["Summarization:Engine"] = "Llm",
        ["Llm:Endpoint"] = model.Endpoint,
        ["Llm:Model"] = "fake-model",
        ["Llm:PromptsPath"] = Repo.Prompts,
        ["Llm:CachePath"] = "",
        ["Web:GenerationsPerMinute"] = "1000",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Briefing.Service.Jobs"] = "Information",
    };

    public static async Task<Guid> SubmitAsync(HttpClient client, string title)
    {
        using var response = await client.PostAsync("api/briefings", WebApp.SeedForm(title));
        Assert.Equal(System.Net.HttpStatusCode.Accepted, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<JsonElement> StatusAsync(HttpClient client, Guid id) =>
        await client.GetFromJsonAsync<JsonElement>($"api/briefings/{id}");

    public static int Count(string output, Regex line, Guid id) => line.Matches(output).Count(m => m.Groups["id"].Value == id.ToString("D"));

    /// <summary>Starts several apps at once; if one fails to start, the others are stopped before the error is rethrown.</summary>
    /// <summary>Two app processes sharing one PostgreSQL database, each with its own working folder.</summary>
    public static async Task<(AppProcess[] Nodes, string[] Folders)> StartTwoOnPostgresAsync(FakeOpenAIServer model, string connectionString)
    {
        var settings = Settings(model);
        settings["Storage:Provider"] = "Postgres";
        settings["Storage:ConnectionString"] = connectionString;
        var dll = AppProcess.FindWebDll();
        var (folderA, folderB) = (TempFolder("briefing-node-a-"), TempFolder("briefing-node-b-"));
        return (await StartAllAsync(() => AppProcess.StartAsync(dll, folderA, settings), () => AppProcess.StartAsync(dll, folderB, settings)), [folderA, folderB]);
    }

    public static async Task<AppProcess[]> StartAllAsync(params Func<Task<AppProcess>>[] starts)
    {
        var tasks = starts.Select(s => s()).ToArray();
        try
        {
            return await Task.WhenAll(tasks);
        }
        catch
        {
            foreach (var t in tasks.Where(t => t.IsCompletedSuccessfully)) await t.Result.DisposeAsync();
            throw;
        }
    }

    public static string TempFolder(string prefix) => Directory.CreateTempSubdirectory(prefix).FullName;
}
