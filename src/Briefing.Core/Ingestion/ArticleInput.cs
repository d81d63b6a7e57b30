namespace Briefing.Ingestion;

/// <summary>
/// Where articles come from: a file or folder (<see cref="PathInput"/>), the bytes of an upload with its file name
/// or media type (<see cref="ContentInput"/>), or plain text with optional metadata (<see cref="TextInput"/>).
/// Every kind goes through the same decoding, parsing, cleaning, size caps and duplicate detection.
/// </summary>
public abstract record ArticleInput(string Name)
{
    /// <summary>A file, or a folder searched recursively (links not followed, <paramref name="exclude"/> never read).</summary>
    public static ArticleInput FromPath(string path, IReadOnlyList<string>? exclude = null) => new PathInput(path, exclude ?? []);

    /// <summary>An upload: its bytes, its file name (for the format and the sources list) and optional media type.</summary>
    public static ArticleInput FromContent(string name, ReadOnlyMemory<byte> content, string? mediaType = null) =>
        new ContentInput(name, content, mediaType);

    /// <summary>Pasted text or a feed item; <paramref name="metadata"/> wins over front matter found in the text.</summary>
    public static ArticleInput FromText(string name, string text, ArticleMetadata? metadata = null, string? mediaType = null) =>
        new TextInput(name, text, metadata ?? ArticleMetadata.None, mediaType);

    /// <summary>Reads at most <paramref name="maxBytes"/> + 1 bytes of <paramref name="stream"/>, so an oversized upload is skipped with its size reason without being held whole.</summary>
    public static async Task<ArticleInput> FromStreamAsync(string name, Stream stream, string? mediaType, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes) break;
        }

        return new ContentInput(name, buffer.ToArray(), mediaType);
    }
}
