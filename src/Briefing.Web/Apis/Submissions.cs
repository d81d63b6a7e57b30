using Briefing.Stories;
using System.Text;
using System.Text.Json;
using Briefing.Domain;
using Briefing.Ingestion;
using Briefing.Service.Jobs;
using Briefing.Service.Storage;
using Briefing.Summarization;
using Microsoft.Extensions.Options;

namespace Briefing.Web.Apis;

/// <summary>
/// Turns a request (multipart upload, form with pasted text, or JSON) into a stored, queued briefing. Every limit
/// is checked before anything is stored, and a refusal names the limit, field or file at fault.
/// </summary>
internal sealed class Submissions(
    IOptions<WebOptions> web,
    IOptions<IngestionOptions> ingestion,
    EngineSelector engines,
    BriefingStore store,
    BriefingQueue queue,
    TimeProvider time)
{
    public async Task<(Guid Id, Refusal? Refusal)> AcceptAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var (submission, problem) = await ReadAsync(request, cancellationToken);
        if (problem is not null) return (Guid.Empty, problem);
        var id = Guid.NewGuid();
        var now = time.GetUtcNow();
        var stored = new StoredBriefing(id, submission!.Title ?? "", BriefingStatus.Queued, null, null, submission.Engine?.ToString().ToLowerInvariant(), submission.Words, 0, now, now, null, null, null, null)
        {
            MaxStories = submission.MaxStories,
            OneStory = submission.OneStory,
        };
        await store.CreateAsync(stored, submission.Articles, cancellationToken);
        await queue.EnqueueAsync(id, cancellationToken);
        return (id, null);
    }

    private async Task<(Submission?, Refusal?)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        // Nothing here unpacks a compressed body, so one is refused rather than read as garbage (or inflated).
        if (request.Headers.ContentEncoding.Any(e => !string.Equals(e, "identity", StringComparison.OrdinalIgnoreCase)))
        {
            return (null, new Refusal(StatusCodes.Status415UnsupportedMediaType, "Compressed body", $"the body is sent with Content-Encoding {request.Headers.ContentEncoding}; send it uncompressed"));
        }

        try
        {
            // Kestrel stops a longer body as it arrives; a declared length over the cap is refused before reading.
            if (request.ContentLength > web.Value.MaxRequestBytes) throw new InvalidDataException("body over the cap");
            if (request.HasFormContentType) return Check(await FromFormAsync(request, cancellationToken));
            if (request.HasJsonContentType()) return Check(await FromJsonAsync(request, cancellationToken));
            return (null, new Refusal(StatusCodes.Status415UnsupportedMediaType, "Unsupported body", "send multipart/form-data (files and fields) or application/json"));
        }
        catch (Exception ex) when (ex is InvalidDataException or JsonException or BadHttpRequestException)
        {
            return (null, Unreadable(ex));
        }
        catch (SubmissionException ex)
        {
            return (null, ex.Problem);
        }
    }

    /// <summary>The refusal for a body that could not be read: over Web:MaxRequestBytes (413), or malformed (400).</summary>
    public Refusal Unreadable(Exception ex) => ex is InvalidDataException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }
        ? new Refusal(StatusCodes.Status413PayloadTooLarge, "Request too large", $"the body is over {web.Value.MaxRequestBytes:N0} bytes (Web:MaxRequestBytes)")
        : new Refusal(StatusCodes.Status400BadRequest, "Unreadable body", ex.Message.Split('\n')[0]);

    private async Task<Submission> FromFormAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var form = await request.ReadFormAsync(cancellationToken);
        var articles = new List<StoredArticle>();
        if (form.Files.Count + form["text"].Count > web.Value.MaxArticles) throw TooMany();
        foreach (var file in form.Files)
        {
            if (file.Length > ingestion.Value.MaxFileBytes) throw TooBig(file.FileName, file.Length);
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            articles.Add(new StoredArticle(articles.Count, SafeName(file.FileName, articles.Count), file.ContentType, buffer.ToArray()));
        }

        foreach (var text in form["text"])
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            var metadata = articles.Count == form.Files.Count ? (form["articleTitle"].FirstOrDefault(), form["outlet"].FirstOrDefault(), form["url"].FirstOrDefault()) : (null, null, null);
            articles.Add(new StoredArticle(articles.Count, $"pasted-{articles.Count + 1}.txt", "text/plain", Encoding.UTF8.GetBytes(text), Blank(metadata.Item1), Blank(metadata.Item2), Blank(metadata.Item3)));
        }

        return new Submission(form["title"].FirstOrDefault(), Engine(form["engine"].FirstOrDefault()), Whole(form["words"].FirstOrDefault(), "words"), articles, Whole(form["maxStories"].FirstOrDefault(), "maxStories"), OneStory(form["oneStory"].FirstOrDefault()));
    }

    private async Task<Submission> FromJsonAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var body = await request.ReadFromJsonAsync<SubmissionJson>(new JsonSerializerOptions(JsonSerializerDefaults.Web), cancellationToken)
            ?? throw new SubmissionException(new Refusal(StatusCodes.Status400BadRequest, "Empty body", "send {\"articles\": [{\"text\": ...}]}"));
        var given = body.Articles ?? [];
        if (given.Count > web.Value.MaxArticles) throw TooMany();
        var articles = new List<StoredArticle>();
        foreach (var a in given)
        {
            if (string.IsNullOrWhiteSpace(a.Text)) throw new SubmissionException(new Refusal(StatusCodes.Status400BadRequest, "Article without text", $"articles[{articles.Count}].text is empty", $"articles[{articles.Count}].text"));
            var bytes = Encoding.UTF8.GetBytes(a.Text);
            if (bytes.Length > ingestion.Value.MaxFileBytes) throw TooBig($"articles[{articles.Count}]", bytes.Length);
            articles.Add(new StoredArticle(articles.Count, $"article-{articles.Count + 1}.txt", "text/plain", bytes, Blank(a.Title), Blank(a.Outlet), Blank(a.Url), a.Published));
        }

        return new Submission(body.Title, Engine(body.Engine), body.Words, articles, body.MaxStories, body.OneStory ?? false);
    }

    private (Submission?, Refusal?) Check(Submission s)
    {
        if (s.Articles.Count == 0) return (null, new Refusal(StatusCodes.Status400BadRequest, "No articles", "give at least one article: upload files or paste text", "articles"));
        if (s.Words is < SummarizationOptions.MinWords or > SummarizationOptions.MaxWords)
        {
            return (null, new Refusal(StatusCodes.Status400BadRequest, "Word budget out of range", $"words must be between {SummarizationOptions.MinWords} and {SummarizationOptions.MaxWords} (got {s.Words})", "words"));
        }

        if (s.MaxStories is < 1 or > StoriesOptions.MaxStoriesLimit)
        {
            return (null, new Refusal(StatusCodes.Status400BadRequest, "Story cap out of range", $"maxStories must be between 1 and {StoriesOptions.MaxStoriesLimit} (got {s.MaxStories})", "maxStories"));
        }

        if (s.Title is { Length: > 300 }) return (null, new Refusal(StatusCodes.Status400BadRequest, "Title too long", "title must be at most 300 characters", "title"));
        foreach (var a in s.Articles)
        {
            if (InputCheck.Problem(a.Name, a.MediaType, a.Content, ingestion.Value.MaxFileBytes) is { } reason)
            {
                return (null, new Refusal(StatusCodes.Status415UnsupportedMediaType, "Not an article", $"{a.Name}: {reason}", a.Name));
            }
        }

        try
        {
            engines.Get(s.Engine);
        }
        catch (BriefingException ex)
        {
            return (null, new Refusal(StatusCodes.Status400BadRequest, "Engine not available", $"engine {s.Engine}: {ex.Message}", "engine"));
        }

        return (s with { Title = Blank(s.Title) }, null);
    }

    private static Engine? Engine(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return Enum.TryParse<Engine>(value, ignoreCase: true, out var engine) && Enum.IsDefined(engine)
            ? engine
            : throw new SubmissionException(new Refusal(StatusCodes.Status400BadRequest, "Unknown engine", $"engine must be extractive, llm or auto (got '{value}')", "engine"));
    }

    private static int? Whole(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        return int.TryParse(value, out var number)
            ? number
            : throw new SubmissionException(new Refusal(StatusCodes.Status400BadRequest, "Not a whole number", $"{field} must be a whole number (got '{value}')", field));
    }

    // A form checkbox sends "on" (or "true") when ticked and nothing when not.
    private static bool OneStory(string? value) => value is not null && (value == "on" || (bool.TryParse(value, out var yes) && yes));

    // A client's file name is only ever shown: no folders, no control characters, a bounded length.
    private static string SafeName(string name, int position)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        file = Briefing.Text.TextNeutralizer.ForTerminal(file).Trim();
        if (file.Length > 120) file = file[..60] + "…" + file[^59..];
        return file.Length == 0 || file is "." or ".." ? $"upload-{position + 1}" : file;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private SubmissionException TooMany() =>
        new(new Refusal(StatusCodes.Status400BadRequest, "Too many articles", $"at most {web.Value.MaxArticles} articles per briefing (Web:MaxArticles)", "articles"));

    private SubmissionException TooBig(string name, long length) =>
        new(new Refusal(StatusCodes.Status413PayloadTooLarge, "Article too large", $"{name} is {length:N0} bytes, over the {ingestion.Value.MaxFileBytes:N0}-byte cap (Ingestion:MaxFileBytes)", name));

    private sealed class SubmissionException(Refusal problem) : Exception("submission refused")
    {
        public Refusal Problem { get; } = problem;
    }
}
