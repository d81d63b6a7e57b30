namespace Briefing.Ingestion;

/// <summary>Chooses an input's format by media type when one is given, else by file extension.</summary>
public static class DocumentFormats
{
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".md", ".markdown", ".html", ".htm"];

    public static readonly IReadOnlyList<string> MediaTypes = ["text/plain", "text/markdown", "text/html", "application/xhtml+xml"];

    public static DocumentFormat? Of(string name, string? mediaType)
    {
        var type = mediaType?.Split(';')[0].Trim().ToLowerInvariant();
        switch (type)
        {
            case "text/plain": return DocumentFormat.Text;
            case "text/markdown" or "text/x-markdown": return DocumentFormat.Markdown;
            case "text/html" or "application/xhtml+xml": return DocumentFormat.Html;
        }

        return System.IO.Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".txt" => DocumentFormat.Text,
            ".md" or ".markdown" => DocumentFormat.Markdown,
            ".html" or ".htm" => DocumentFormat.Html,
            _ => null,
        };
    }

    /// <summary>An upload that says nothing of its type (no extension, no media type or octet-stream): read as text, and decoding still refuses binary data.</summary>
    public static bool IsUntyped(string name, string? mediaType) =>
        System.IO.Path.GetExtension(name).Length == 0 && (mediaType is null || mediaType.StartsWith("application/octet-stream", StringComparison.OrdinalIgnoreCase));

    public static string Unsupported(string name, string? mediaType) =>
        $"unsupported file type '{(mediaType is { Length: > 0 } ? mediaType : System.IO.Path.GetExtension(name))}' (supported: {string.Join(", ", Extensions)}; {string.Join(", ", MediaTypes)})";
}
