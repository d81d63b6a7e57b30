using Briefing.Domain;

namespace Briefing.Rendering;

/// <summary>Writes a briefing in one format to a stream; the host decides where the stream goes (file, HTTP, database, email).</summary>
public interface IBriefingRenderer
{
    /// <summary>The format name: html, md, json or pdf.</summary>
    string Format { get; }

    string MediaType { get; }

    /// <summary>The file extension with its dot, such as ".html".</summary>
    string FileExtension { get; }

    /// <exception cref="BriefingException">RenderingFailed (for example no Chromium) or Configuration (a broken template).</exception>
    Task RenderAsync(BriefingDocument briefing, Stream output, CancellationToken cancellationToken);
}
