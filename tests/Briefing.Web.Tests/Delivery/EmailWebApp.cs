using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Briefing.Service.Topics;
using Briefing.TestKit.Smtp;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Delivery;

/// <summary>
/// The web host with email configured, sending to its own aiosmtpd server on loopback; topic "world" attaches the
/// PDF (none is printed here, Chromium being off), topic "plain" does not. The API key is <see cref="Key"/>.
/// </summary>
public partial class EmailWebApp : WebApp, IAsyncLifetime
{
    public const string Key = "email-admin-key";

    public SmtpServer Smtp { get; private set; } = null!;

    protected virtual int SubscriptionsPerHour => 1000;

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Smtp:Host"] = Smtp.Host,
        ["Smtp:Port"] = Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None",
        ["Smtp:FromAddress"] = "news@briefing.example.org",
        ["Smtp:TimeoutSeconds"] = "5",
        ["Delivery:Secret"] = "web-test-secret-web-test-secret-0123456789",
        ["Delivery:BaseUrl"] = "http://localhost/",
        ["Delivery:IdlePollMilliseconds"] = "50",
        ["Delivery:MessagesPerSecond"] = "200",
        ["Delivery:RetryBaseSeconds"] = "1",
        ["Delivery:SubscriptionsPerHour"] = SubscriptionsPerHour.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Web:ApiKeys:0"] = Key,
        ["Topics:0:Name"] = "world",
        ["Topics:0:Sources:0"] = Repo.Seeds,
        ["Topics:0:AttachPdf"] = "true",
        ["Topics:1:Name"] = "plain",
        ["Topics:1:Sources:0"] = Repo.Seeds,
    };

    public async Task InitializeAsync() => Smtp = await SmtpServer.StartAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        Dispose();
        await Smtp.DisposeAsync();
    }

    public HttpClient Keyed()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    /// <summary>A finished briefing of the seed articles, made by the host's own generator.</summary>
    public async Task<Guid> BriefingAsync()
    {
        var client = Keyed();
        var created = await client.PostAsync("/api/briefings", SeedForm());
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        var id = body.GetProperty("id").GetGuid();
        Assert.Equal("done", (await WaitAsync(client, $"/api/briefings/{id}")).GetProperty("status").GetString());
        return id;
    }

    /// <summary>That briefing made the ready edition of a topic and day, as the scheduled job does.</summary>
    public async Task ReadyEditionAsync(string topic, DateOnly date, Guid briefing)
    {
        var editions = Services.GetRequiredService<EditionStore>();
        Assert.True(await editions.ClaimAsync(topic, date, DateTimeOffset.UtcNow, default));
        Assert.True(await editions.MarkReadyAsync(topic, date, briefing, default));
    }

    /// <summary>Subscribes through the API and opens the confirmation link from the email; returns nothing until confirmed.</summary>
    public async Task ConfirmedAsync(string topic, string email)
    {
        var client = CreateClient();
        var before = Smtp.Messages.Count;
        Assert.Equal(System.Net.HttpStatusCode.Accepted, (await client.PostAsJsonAsync("/api/subscribers", new { email, topic })).StatusCode);
        var messages = await Smtp.WaitForMessagesAsync(before + 1);
        var mail = messages.Skip(before).Select(MimeEntity.Load).Single(m => m.Header("To") == email);
        var link = ConfirmLink().Match(mail.Parts[0].Text);
        Assert.True(link.Success, mail.Parts[0].Text);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(link.Groups[1].Value)).StatusCode);
    }

    [GeneratedRegex(@"http://localhost(/confirm\?token=\S+)")]
    public static partial Regex ConfirmLink();
}
