namespace Briefing.Ingestion;

/// <summary>
/// The checks an upload can be refused on before it is stored: a type the loader cannot read, too many bytes, or
/// bytes that are not text. The loader applies the same rules again when it reads the article.
/// </summary>
public static class InputCheck
{
    /// <summary>Why the content cannot be an article, or null when it can.</summary>
    public static string? Problem(string name, string? mediaType, ReadOnlySpan<byte> content, long maxBytes)
    {
        if (DocumentFormats.Of(name, mediaType) is null && !DocumentFormats.IsUntyped(name, mediaType)) return DocumentFormats.Unsupported(name, mediaType);
        if (content.Length == 0) return "empty file";
        if (content.Length > maxBytes) return $"file is {content.Length:N0} bytes, over the {maxBytes:N0}-byte cap (Ingestion:MaxFileBytes)";
        return TextDecoder.TryDecode(content, out _, out var reason) ? null : reason;
    }
}
