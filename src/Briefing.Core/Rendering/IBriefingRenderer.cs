using Briefing.Domain;

namespace Briefing.Rendering;

/// <summary>Writes a briefing in one format.</summary>
public interface IBriefingRenderer
{
    /// <summary>The --format name: html, md, json or pdf.</summary>
    string Format { get; }

    string FileName { get; }

    Task WriteAsync(BriefingDocument briefing, string path, CancellationToken cancellationToken);
}
