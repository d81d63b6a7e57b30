using Briefing.Domain;
using Briefing.Service.Delivery;
using Briefing.Service.Subscribers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Briefing.Service.Tests.Delivery;

/// <summary>Options, a hostile briefing and the email services wired by hand for the delivery tests.</summary>
internal static class Mail
{
    public const string Hostile = "Officials said <script>alert('x')</script> & <b>nothing</b> more.";

    public const string Secret = "test-secret-test-secret-test-secret-0123456789";

    public static readonly Guid Subscriber = Guid.Parse("6f1c2a4e-0d3b-4c5e-9a7f-112233445566");

    public static readonly byte[] PdfBytes = [.. "%PDF-1.7\n"u8, 0, 1, 2, 255, .. "\n%%EOF\n"u8];

    public static DeliveryOptions Delivery(Action<DeliveryOptions>? change = null)
    {
        var options = new DeliveryOptions { Secret = Secret, BaseUrl = "https://briefing.example.org/app/", RetryBaseSeconds = 60, RetryMaxSeconds = 3600, GiveUpHours = 48 };
        change?.Invoke(options);
        return options;
    }

    public static SmtpOptions Smtp(int port = 25, Action<SmtpOptions>? change = null)
    {
        var options = new SmtpOptions { Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None, FromAddress = "news@briefing.example.org", FromName = "Briefing", TimeoutSeconds = 10 };
        change?.Invoke(options);
        return options;
    }

    public static SubscriberTokens Tokens(TimeProvider time, string secret = Secret) =>
        new(Options.Create(Delivery(o => o.Secret = secret)), time);

    public static EmailComposer Composer(TimeProvider time, SmtpOptions? smtp = null) =>
        new(new EmailTemplates(Repo.Templates), Tokens(time), Options.Create(smtp ?? Smtp()), Options.Create(Delivery()));

    public static SmtpSender Sender(SmtpOptions smtp, TimeProvider time, DeliveryOptions? delivery = null) =>
        new(Options.Create(smtp), Options.Create(delivery ?? Delivery()), time, NullLogger<SmtpSender>.Instance);

    public static EmailRecipient Recipient(string address = "reader@example.test") => new(Subscriber, address, "Syria talks");

    public static EmailEdition Edition(bool pdf = true) => new("edition-42", Briefing(), "briefings/edition-42")
    {
        Pdf = pdf ? new EmailAttachment("briefing.pdf", "application/pdf", PdfBytes) : null,
    };

    public static BriefingDocument Briefing(string title = "Talks <end> & begin") => new(
        title,
        ManualTime.Start,
        "extractive",
        [new Source("S1", "First <i>story</i>", "Outlet <One>", "https://one.example/a?b=1&c=2", "/in/one.txt", 120), new Source("S2", "Second story", null, "javascript:alert(1)", "/in/two.txt", 80)],
        [new StoryBriefing("Talks <end> & begin", ["S1", "S2"], [new Section("Key points", [new Point(Hostile, [new Citation("S1", Hostile), new Citation("S2", "Officials said nothing more.")]), new Point("Only one source says *this*.", [new Citation("S2", "Only one source says *this*.")])])], [new Disagreement("Death toll", [new DisagreementPosition("S1", "It killed <100> people.", "100 people"), new DisagreementPosition("S2", "It killed 150 people.", "150 people")])], new VerificationReport(3, 2, []))],
        [],
        new VerificationReport(3, 2, []),
        new RunReport([], [], new Dictionary<string, long>()));
}
