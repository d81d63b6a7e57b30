using System.ComponentModel.DataAnnotations;

namespace Briefing.Rendering;

/// <summary>Templates and PDF settings (appsettings section "Rendering").</summary>
public sealed class RenderingOptions
{
    public const string Section = "Rendering";

    /// <summary>Folder of Scriban templates that override the shipped ones by name (briefing.sbn-html, partials/point.sbn-html, web/site.css…; see docs/templates.md); the shipped ones fill the rest. Relative paths are resolved against the working directory, then the program's folder. The default value is empty: the shipped templates alone.</summary>
    public string TemplatesPath { get; set; } = "";

    /// <summary>Chromium or Chrome executable for PDF output; empty means auto-detect (/usr/bin/chromium and friends).</summary>
    public string? ChromiumPath { get; set; }

    /// <summary>PDF paper size: A4 or Letter. The default value is A4.</summary>
    [RegularExpression("^(A4|Letter)$", ErrorMessage = "Rendering:PaperSize must be A4 or Letter.")]
    public string PaperSize { get; set; } = "A4";

    /// <summary>Seconds allowed for printing one PDF. The default value is 60.</summary>
    [Range(1, 600)]
    public int PdfTimeoutSeconds { get; set; } = 60;
}
