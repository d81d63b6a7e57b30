using Briefing.Domain;
using Briefing.Generation;
using Microsoft.Extensions.Options;

namespace Briefing.Ingestion;

internal sealed class ArticleLoader(IOptions<IngestionOptions> options) : IArticleLoader
{
    private readonly IngestionOptions _options = options.Value;

    public async Task<IngestionResult> LoadAsync(IReadOnlyList<string> inputs, CancellationToken cancellationToken)
    {
        var skipped = new List<SkippedInput>();
        var warnings = new List<string>();
        var parsed = new List<ParsedDocument>();
        foreach (var file in Resolve(inputs, skipped))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (doc, reason, warning) = await ReadAsync(file, cancellationToken);
            if (warning is not null) warnings.Add($"{file}: {warning}");
            if (doc is null) skipped.Add(new SkippedInput(file, reason!));
            else parsed.Add(doc);
        }

        var (kept, duplicates) = Deduplicator.Run(parsed, _options.NearDuplicateThreshold);
        foreach (var (dup, of, similarity) in duplicates)
        {
            var kind = similarity >= 0.999 ? "exact duplicate" : $"near duplicate ({similarity:P0} shared word trigrams)";
            skipped.Add(new SkippedInput(dup.File, $"{kind} of {of.File}"));
        }

        var articles = kept.Select((d, i) => d.ToArticle($"S{i + 1}")).ToList();
        return new IngestionResult(articles, skipped, warnings);
    }

    private async Task<(ParsedDocument? Doc, string? Reason, string? Warning)> ReadAsync(string file, CancellationToken ct)
    {
        var info = new FileInfo(file);
        if (info.Length == 0) return (null, "empty file", null);
        if (info.Length > _options.MaxFileBytes)
        {
            return (null, $"file is {info.Length:N0} bytes, over the {_options.MaxFileBytes:N0}-byte cap (Ingestion:MaxFileBytes)", null);
        }

        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, $"cannot be read: {ex.Message}", null);
        }

        if (!TextDecoder.TryDecode(bytes, out var text, out var reason)) return (null, reason, null);
        var (doc, warning) = DocumentParser.Parse(file, text);
        var words = doc.AllSentences.Sum(Text.Tokenizer.CountWords);
        if (words == 0) return (null, "no text after cleaning (empty or only markup)", warning);
        if (words < _options.MinWords)
        {
            return (null, $"only {words} words of text after cleaning (minimum {_options.MinWords}, Ingestion:MinWords)", warning);
        }

        return (doc, null, warning);
    }

    private static IEnumerable<string> Resolve(IReadOnlyList<string> inputs, List<SkippedInput> skipped)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var f in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                {
                    if (Path.GetFileName(f).StartsWith('.')) continue;
                    if (IsSupported(f)) files.Add(f);
                    else skipped.Add(new SkippedInput(f, Unsupported(f)));
                }
            }
            else if (File.Exists(input))
            {
                if (IsSupported(input)) files.Add(input);
                else skipped.Add(new SkippedInput(input, Unsupported(input)));
            }
            else
            {
                throw new BriefingException(ExitCodes.BadArguments, $"input not found: '{input}' is neither a file nor a folder");
            }
        }

        return files.Distinct(StringComparer.Ordinal);
    }

    private static bool IsSupported(string file) =>
        DocumentParser.Extensions.Contains(Path.GetExtension(file).ToLowerInvariant());

    private static string Unsupported(string file) =>
        $"unsupported file type '{Path.GetExtension(file)}' (supported: {string.Join(", ", DocumentParser.Extensions)})";
}
