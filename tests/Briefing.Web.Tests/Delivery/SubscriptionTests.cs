using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Service.Subscribers;
using Briefing.TestKit.Smtp;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Delivery;

/// <summary>Double opt-in and RFC 8058 unsubscribing over HTTP, against the real host and a real SMTP server.</summary>
public sealed class SubscriptionTests(EmailWebApp app) : IClassFixture<EmailWebApp>
{
    private readonly HttpClient _client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    [Fact]
    public async Task Subscribe_ThenOpenTheEmailedLinkTwice_ConfirmedOncePageEachTime()
    {
        var response = await _client.PostAsJsonAsync("/api/subscribers", new { email = "Reader@Example.TEST", topic = "world" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var mail = await MailToAsync("Reader@example.test");
        Assert.Contains("Confirm your subscription to world", mail.Header("Subject"), StringComparison.Ordinal);
        var link = EmailWebApp.ConfirmLink().Match(mail.Parts[0].Text).Groups[1].Value;
        var store = app.Services.GetRequiredService<SubscriberStore>();
        Assert.Equal(Subscriber.Pending, (await store.FindAsync("world", "Reader@example.test", default))!.Status);
        var first = await _client.GetAsync(link);
        var second = await _client.GetAsync(link);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Contains("Subscription confirmed", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(Subscriber.Confirmed, (await store.FindAsync("world", "Reader@example.test", default))!.Status);
    }

    [Fact]
    public async Task Subscribe_SameAddressAgain_SameAnswerNoSecondSubscriber()
    {
        await _client.PostAsJsonAsync("/api/subscribers", new { email = "twice@example.test", topic = "plain" });
        var again = await _client.PostAsJsonAsync("/api/subscribers", new { email = "twice@example.test", topic = "plain" });

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        await MailToAsync("twice@example.test");
        await Task.Delay(300);
        Assert.Single(app.Smtp.Messages.Select(MimeEntity.Load), m => m.Header("To") == "twice@example.test");
    }

    [Theory]
    [InlineData("victim@example.test\r\nBcc: all@example.test")]
    [InlineData("victim@example.test>\nX-Evil: 1")]
    [InlineData("Someone <someone@example.test>")]
    [InlineData("a@example.test, b@example.test")]
    [InlineData("no-at-sign")]
    [InlineData("\"quoted\"@example.test")]
    [InlineData("")]
    public async Task Subscribe_HostileOrMalformedAddress_400NamingTheFieldNothingStored(string email)
    {
        var response = await _client.PostAsJsonAsync("/api/subscribers", new { email, topic = "world" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("email", problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task Subscribe_TooLongAddressOrUnknownTopic_Refused()
    {
        var tooLong = await _client.PostAsJsonAsync("/api/subscribers", new { email = new string('a', 64) + "@" + new string('b', 190) + ".test", topic = "world" });
        var unknown = await _client.PostAsJsonAsync("/api/subscribers", new { email = "fine@example.test", topic = "nosuchtopic" });

        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Null(await app.Services.GetRequiredService<SubscriberStore>().FindAsync("nosuchtopic", "fine@example.test", default));
    }

    [Fact]
    public async Task SubscribeForm_ValidAndInvalid_CheckYourInboxOrTheFormWithTheReason()
    {
        var form = await _client.GetStringAsync("/subscribe?topic=plain");
        var ok = await _client.PostAsync("/subscribe", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "form@example.test", ["topic"] = "plain" }));
        var bad = await _client.PostAsync("/subscribe", new FormUrlEncodedContent(new Dictionary<string, string> { ["email"] = "form@example.test\r\nBcc: x@example.test", ["topic"] = "plain" }));

        var json = await _client.PostAsJsonAsync("/subscribe", new { email = "form@example.test", topic = "plain" });

        Assert.Contains("<option value=\"plain\" selected>", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, ok.StatusCode);
        Assert.Contains("Check your inbox", await ok.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("role=\"alert\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await MailToAsync("form@example.test");
    }

    [Fact]
    public async Task OneClick_GetShowsButtonChangesNothing_PostUnsubscribesAtOnce_ForgedAndExpiredRefused()
    {
        await app.ConfirmedAsync("plain", "oneclick@example.test");
        var briefing = await app.BriefingAsync();
        await app.ReadyEditionAsync("plain", new DateOnly(2026, 3, 1), briefing);
        var mail = await MailToAsync("oneclick@example.test", m => m.Header("List-Unsubscribe") is not null);
        var url = System.Text.RegularExpressions.Regex.Match(mail.Header("List-Unsubscribe")!, "^<http://localhost(/unsubscribe\\?token=([^>]+))>").Groups;
        var (path, token) = (url[1].Value, url[2].Value);
        var store = app.Services.GetRequiredService<SubscriberStore>();
        var forged = path[..^3] + (path[^3] == 'A' ? "B" : "A") + path[^2..];
        var expired = "/unsubscribe?token=" + app.Services.GetRequiredService<SubscriberTokens>().Create(new SubscriberToken(TokenPurpose.Unsubscribe, Guid.NewGuid(), "plain", DateTimeOffset.UtcNow.AddMinutes(-1)));

        var page = await _client.GetAsync(path);
        var afterGet = (await store.FindAsync("plain", "oneclick@example.test", default))!.Status;
        var forgedPost = await _client.PostAsync(forged, OneClick());
        var expiredPost = await _client.PostAsync(expired, OneClick());
        var afterRefusals = (await store.FindAsync("plain", "oneclick@example.test", default))!.Status;
        var post = await _client.PostAsync(path, OneClick());

        Assert.Equal("List-Unsubscribe=One-Click", mail.Header("List-Unsubscribe-Post"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains($"<form method=\"post\" action=\"unsubscribe?token={token}\">", html, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<button"));
        Assert.Equal(Subscriber.Confirmed, afterGet);
        Assert.Equal(HttpStatusCode.BadRequest, forgedPost.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, expiredPost.StatusCode);
        Assert.Equal(Subscriber.Confirmed, afterRefusals);
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        Assert.Contains("Unsubscribed", await post.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(Subscriber.Unsubscribed, (await store.FindAsync("plain", "oneclick@example.test", default))!.Status);
        Assert.Contains(await store.ListSuppressionsAsync("plain", default), s => s.Email == "oneclick@example.test" && s.Reason == Suppression.Unsubscribe);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync(forged)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/confirm?token=" + token)).StatusCode);
    }

    private static FormUrlEncodedContent OneClick() => new(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" });

    private async Task<MimeEntity> MailToAsync(string to, Func<MimeEntity, bool>? where = null)
    {
        for (var i = 0; i < 200; i++)
        {
            var found = app.Smtp.Messages.Select(MimeEntity.Load).FirstOrDefault(m => m.Header("To") == to && (where?.Invoke(m) ?? true));
            if (found is not null) return found;
            await Task.Delay(50);
        }

        throw new TimeoutException($"no email to {to}");
    }
}
