using AngleSharp.Html.Parser;
using Briefing.Rendering;
using Briefing.Rendering.Templates;

namespace Briefing.Service.Delivery;

/// <summary>
/// The email templates (email.sbn-html, email.sbn-txt, email-confirm.sbn-html, email-confirm.sbn-txt), shipped or
/// overridden from <paramref name="folder"/> (Rendering:TemplatesPath), parsed once and probe-rendered here, so a
/// syntax error or an unknown variable is a configuration error at start-up naming the file and the setting. The
/// HTML parts escape every value; the text parts only remove control characters (text/plain has no markup to break).
/// </summary>
internal sealed class EmailTemplates
{
    public const string HtmlFile = "email" + TemplateName.Html;

    public const string TextFile = "email" + TemplateName.Text;

    public const string ConfirmationHtmlFile = "email-confirm" + TemplateName.Html;

    public const string ConfirmationTextFile = "email-confirm" + TemplateName.Text;

    private readonly TemplateSet _set;

    public EmailTemplates(string folder)
    {
        _set = TemplateSet.Load(folder, name => name.StartsWith("email", StringComparison.Ordinal));
        foreach (var probe in VerificationShown.Probes(DateTimeOffset.UnixEpoch))
        {
            var view = EmailView.From(probe, "probe", "https://example.org/b", "https://example.org/u", hasPdf: true);
            VerificationShown.CheckCount(probe, new HtmlParser().ParseDocument(RenderHtml(view)).Body!.TextContent, HtmlFile);
            VerificationShown.CheckCount(probe, RenderText(view), TextFile);
        }

        var confirmation = new ConfirmationView("probe", "https://example.org/c", 48);
        RenderConfirmationHtml(confirmation);
        RenderConfirmationText(confirmation);
    }

    public string RenderHtml(EmailView view) => _set.Render(HtmlFile, view);

    public string RenderText(EmailView view) => _set.Render(TextFile, view);

    public string RenderConfirmationHtml(ConfirmationView view) => _set.Render(ConfirmationHtmlFile, view);

    public string RenderConfirmationText(ConfirmationView view) => _set.Render(ConfirmationTextFile, view);}
