using System.Net;
using System.Security.Cryptography;
using Briefing.Rendering;
using Briefing.Rendering.Templates;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Briefing.Web.Pages;

/// <summary>
/// The web pages from templates/web (shipped or overridden from Rendering:TemplatesPath), parsed once at start-up and
/// rendered through the HTML output context, which escapes every value, so nothing an article, a file name or a
/// model wrote can become markup. Only the page body this class rendered is put into the layout as it is.
/// </summary>
internal sealed class PageRenderer
{
    private const string Folder = "web/";
    private const string Layout = Folder + "layout" + TemplateName.Html;
    private const string DeliveryStatusPartial = Folder + "partials/delivery-status" + TemplateName.Html;
    private readonly TemplateSet _set;
    private readonly byte[] _stylesheet;
    private readonly EntityTagHeaderValue _stylesheetTag;

    public PageRenderer(IOptions<RenderingOptions> options)
    {
        _set = TemplateSet.Load(options.Value.TemplatesPath, name => name.StartsWith(Folder, StringComparison.Ordinal));
        _stylesheet = System.Text.Encoding.UTF8.GetBytes(_set.Text(Folder + "site.css"));
        _stylesheetTag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(_stylesheet))[..16]}\"");
    }

    /// <summary>
    /// The pages' stylesheet, kept with their templates: the host's working folder (and so a wwwroot in it) is
    /// wherever the service was started from, the templates folder is always found.
    /// </summary>
    public IResult Stylesheet(HttpContext context)
    {
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return TypedResults.File(_stylesheet, "text/css; charset=utf-8", entityTag: _stylesheetTag);
    }

    public IResult Page(string name, string title, object model, int status = StatusCodes.Status200OK, int? refreshSeconds = null)
    {
        var html = Html(name, title, model, refreshSeconds);
        return TypedResults.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
    }

    /// <summary>Page <paramref name="name"/> (web/NAME.sbn-html) in the layout.</summary>
    public string Html(string name, string title, object model, int? refreshSeconds = null)
    {
        var body = new RawMarkup(_set.Render(Folder + name + TemplateName.Html, model));
        return _set.Render(Layout, new { PageTitle = title, Body = body, Refresh = refreshSeconds });
    }

    /// <summary>
    /// The web/partials/delivery-status.sbn-html block (email delivery counts of a briefing; the model, "delivery"
    /// in the partial, has Pending, Sent, Failed, Bounced, Suppressed and Paused), for pages that show it outside a template.
    /// </summary>
    public string DeliveryStatus(object model) => _set.Render(DeliveryStatusPartial, new { delivery = model });

    /// <summary>A stored briefing page with a toolbar (downloads and its link) and an optional block of ours put right after its body tag.</summary>
    public static IResult Briefing(string storedHtml, Guid id, string link, string extra = "")
    {
        var toolbar =
            "<style>.briefing-toolbar{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;max-width:46rem;margin:0 auto;padding:.75rem 1rem;border-bottom:1px solid #d0d7de;font:15px/1.4 system-ui,sans-serif}"
            + ".briefing-toolbar a{padding:.35rem .7rem;border:1px solid #d0d7de;border-radius:6px;text-decoration:none;color:#0b5cad}.briefing-toolbar input{flex:1 1 14rem;padding:.35rem;font:inherit;border:1px solid #d0d7de;border-radius:6px}:focus-visible{outline:3px solid #0b5cad;outline-offset:2px}@media (max-width:30rem){.briefing-toolbar{padding:.6rem}}@media print{.briefing-toolbar{display:none}}</style>"
            + "<nav class=\"briefing-toolbar\" aria-label=\"Downloads\"><a href=\"/\">← Archive</a>"
            + $"<a id=\"download-pdf\" href=\"/api/briefings/{id}/pdf\">PDF</a><a id=\"download-md\" href=\"/api/briefings/{id}/md\">Markdown</a><a id=\"download-json\" href=\"/api/briefings/{id}/json\">JSON</a>"
            + $"<label for=\"link\" style=\"font-weight:600\">Link</label><input id=\"link\" readonly value=\"{WebUtility.HtmlEncode(link)}\"></nav>"
            + extra;
        var at = storedHtml.IndexOf("<body", StringComparison.OrdinalIgnoreCase);
        var end = at < 0 ? -1 : storedHtml.IndexOf('>', at);
        var page = end < 0 ? toolbar + storedHtml : storedHtml[..(end + 1)] + toolbar + storedHtml[(end + 1)..];
        return TypedResults.Content(page, "text/html; charset=utf-8");
    }

}
