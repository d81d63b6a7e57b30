using Briefing.Domain;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Briefing.Ingestion;

internal sealed class ArticleLoader(IOptions<IngestionOptions> options, ILogger<ArticleLoader> logger) : IArticleLoader
{
    private readonly IngestionOptions _options = options.Value;

    public async Task<IngestionResult> LoadAsync(IReadOnlyList<ArticleInput> inputs, CancellationToken cancellationToken)
    {
        var skipped = new List<SkippedInput>();
        var warnings = new List<string>();
        var parsed = new List<ParsedDocument>();
        var files = new FolderWalk(_options, skipped).Run(inputs.OfType<PathInput>());
        foreach (var input in files.Select(f => (ArticleInput)new FileOnDisk(f)).Concat(inputs.Where(i => i is not PathInput)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (doc, reason, warning) = await ReadAsync(input, cancellationToken);
            if (warning is not null) warnings.Add($"{input.Name}: {warning}");
            if (doc is null) skipped.Add(new SkippedInput(input.Name, reason!));
            else parsed.Add(doc);
        }

        var (kept, duplicates) = Deduplicator.Run(parsed, _options.NearDuplicateThreshold);
        foreach (var (dup, of, similarity) in duplicates)
        {
            var kind = similarity >= 0.999 ? "exact duplicate" : $"near duplicate ({similarity:P0} shared word trigrams)";
            skipped.Add(new SkippedInput(dup.File, $"{kind} of {of.File}"));
        }

        foreach (var s in skipped) IngestionLog.InputSkipped(logger, s.Input, s.Reason);
        foreach (var w in warnings) IngestionLog.InputWarning(logger, w);
        var articles = kept.Select((d, i) => d.ToArticle($"S{i + 1}")).ToList();
        return new IngestionResult(articles, skipped, warnings);
    }

    private async Task<(ParsedDocument? Doc, string? Reason, string? Warning)> ReadAsync(ArticleInput input, CancellationToken ct)
    {
        string text;
        DocumentFormat format;
        var metadata = ArticleMetadata.None;
        switch (input)
        {
            case TextInput t:
                format = DocumentFormats.Of(t.Name, t.MediaType) ?? DocumentFormat.Text;
                text = t.Text;
                metadata = t.Metadata;
                if (text.Length == 0) return (null, "empty text", null);
                if (System.Text.Encoding.UTF8.GetByteCount(text) > _options.MaxFileBytes) return (null, OverCap(System.Text.Encoding.UTF8.GetByteCount(text)), null);
                break;
            case FileOnDisk or ContentInput:
                var (name, mediaType) = input is ContentInput c ? (c.Name, c.MediaType) : (input.Name, null);
                var known = DocumentFormats.Of(name, mediaType);
                if (known is null && !(input is ContentInput && DocumentFormats.IsUntyped(name, mediaType))) return (null, DocumentFormats.Unsupported(name, mediaType), null);
                format = known ?? DocumentFormat.Text;
                var (bytes, reason) = input is ContentInput content ? (content.Content, null) : await ReadFileAsync(input.Name, ct);
                if (reason is not null) return (null, reason, null);
                if (bytes.Length == 0) return (null, "empty file", null);
                if (bytes.Length > _options.MaxFileBytes) return (null, OverCap(bytes.Length), null);
                if (!TextDecoder.TryDecode(bytes.Span, out text, out var decodeReason)) return (null, decodeReason, null);
                break;
            default:
                throw new ArgumentException($"unknown input kind {input.GetType().Name}", nameof(input));
        }

        if (WrittenByBriefing.Recognise(text, format)) return (null, "written by Briefing (a briefing, not an article)", null);
        var (doc, warning) = DocumentParser.Parse(input.Name, text, format, metadata);
        var words = doc.AllSentences.Sum(Text.Tokenizer.CountWords);
        if (words == 0) return (null, "no text after cleaning (empty or only markup)", warning);
        if (words < _options.MinWords)
        {
            return (null, $"only {words} words of text after cleaning (minimum {_options.MinWords}, Ingestion:MinWords)", warning);
        }

        if (PageFurniture.NotAnArticle(doc.AllSentences, _options.MaxFurnitureShare) is { } notice) return (null, notice, warning);

        return (doc, null, warning);
    }

    private async Task<(ReadOnlyMemory<byte> Bytes, string? Reason)> ReadFileAsync(string file, CancellationToken ct)
    {
        try
        {
            var info = new FileInfo(file);
            if (info.Length > _options.MaxFileBytes) return (ReadOnlyMemory<byte>.Empty, OverCap(info.Length));
            return (await File.ReadAllBytesAsync(file, ct), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (ReadOnlyMemory<byte>.Empty, $"cannot be read: {ex.Message}");
        }
    }

    private sealed record FileOnDisk(string Path) : ArticleInput(Path);

    private string OverCap(long length) => $"file is {length:N0} bytes, over the {_options.MaxFileBytes:N0}-byte cap (Ingestion:MaxFileBytes)";
}
