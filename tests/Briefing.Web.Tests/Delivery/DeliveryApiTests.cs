using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Briefing.Service.Delivery;
using Briefing.TestKit.Smtp;
using Microsoft.Extensions.DependencyInjection;

namespace Briefing.Web.Tests.Delivery;

/// <summary>Delivery status, on-demand sends, previews, test sends and the pause, over HTTP against a real SMTP server.</summary>
public sealed class DeliveryApiTests(EmailWebApp app) : IClassFixture<EmailWebApp>
{
    private readonly HttpClient _client = app.CreateClient();
    private readonly HttpClient _keyed = app.Keyed();

    [Fact]
    public async Task Edition_TwoSubscribers_StatusCountsSentAndTheBriefingPageShowsThem()
    {
        await app.ConfirmedAsync("world", "status-a@example.test");
        await app.ConfirmedAsync("world", "status-b@example.test");
        var briefing = await app.BriefingAsync();
        await app.ReadyEditionAsync("world", new DateOnly(2026, 4, 1), briefing);

        var status = await WaitSentAsync($"/api/briefings/{briefing}/delivery", 2);
        var edition = await _client.GetFromJsonAsync<JsonElement>("/api/topics/world/editions/2026-04-01/delivery");
        var page = await _client.GetStringAsync($"/briefings/{briefing}");
        var editionPage = await _client.GetStringAsync("/topics/world/editions/2026-04-01");

        Assert.Equal((0, 2, 0, 0, 0), Counts(status));
        Assert.Contains("sent <b data-count=\"sent\">2</b>", editionPage, StringComparison.Ordinal);
        Assert.Equal((0, 2, 0, 0, 0), Counts(edition));
        Assert.Contains("aria-label=\"Email delivery\"", page, StringComparison.Ordinal);
        Assert.Contains("sent <b data-count=\"sent\">2</b>", page, StringComparison.Ordinal);
        var mail = app.Smtp.Messages.Select(MimeEntity.Load).Single(m => m.Header("To") == "status-a@example.test" && m.Header("List-Unsubscribe") is not null);
        Assert.Contains($"http://localhost/briefings/{briefing:D}", System.Net.WebUtility.HtmlDecode(mail.All().Single(p => p.MediaType == "text/html").Text), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendToTopic_Keyed_QueuedOnceDeliveredAgainAddsNobody()
    {
        await app.ConfirmedAsync("plain", "ondemand@example.test");
        var briefing = await app.BriefingAsync();

        var unkeyed = await _client.PostAsJsonAsync($"/api/briefings/{briefing}/email", new { topic = "plain" });
        var first = await _keyed.PostAsJsonAsync($"/api/briefings/{briefing}/email", new { topic = "plain" });
        var again = await _keyed.PostAsJsonAsync($"/api/briefings/{briefing}/email", new { topic = "plain" });
        var status = await WaitSentAsync($"/api/briefings/{briefing}/delivery", 1);

        Assert.Equal(HttpStatusCode.Unauthorized, unkeyed.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(1, (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());
        Assert.Equal(0, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("added").GetInt32());
        Assert.Equal((0, 1, 0, 0, 0), Counts(status));
    }

    [Fact]
    public async Task PreviewAndTestSend_OneAddress_RenderedWithHeadersAndSentOutsideTheOutbox()
    {
        var briefing = await app.BriefingAsync();

        var preview = await _keyed.PostAsJsonAsync($"/api/briefings/{briefing}/email/preview", new { email = "editor@example.test", topic = "plain" });
        var hostile = await _keyed.PostAsJsonAsync($"/api/briefings/{briefing}/email/test", new { email = "editor@example.test\r\nBcc: x@example.test", topic = "plain" });
        var sent = await _keyed.PostAsJsonAsync($"/api/briefings/{briefing}/email/test", new { email = "editor@example.test", topic = "plain" });

        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var body = await preview.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("editor@example.test", body.GetProperty("to").GetString());
        Assert.StartsWith("<!DOCTYPE html>", body.GetProperty("html").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("<script", body.GetProperty("html").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("List-Unsubscribe=One-Click", body.GetProperty("headers").GetProperty("List-Unsubscribe-Post").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, hostile.StatusCode);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var outcome = await sent.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("delivered", outcome.GetProperty("outcome").GetString());
        var mail = MimeEntity.Load(app.Smtp.Messages.Last());
        Assert.Equal(outcome.GetProperty("messageId").GetString(), mail.Header("Message-ID"));
        Assert.Equal("editor@example.test", mail.Header("To"));
        Assert.Equal((0, 0, 0, 0, 0), Counts(await _client.GetFromJsonAsync<JsonElement>($"/api/briefings/{briefing}/delivery")));
    }

    [Fact]
    public async Task Pause_HealthDegradedWithTheReply_ResumeClearsIt()
    {
        var state = app.Services.GetRequiredService<DeliveryState>();
        state.Stop(535, "5.7.8 Authentication credentials invalid");

        var health = await _client.GetFromJsonAsync<JsonElement>("/health/ready");
        var resumed = await _keyed.PostAsync("/api/delivery/resume", null);
        var after = await _client.GetFromJsonAsync<JsonElement>("/health/ready");

        var delivery = health.GetProperty("checks").GetProperty("delivery");
        Assert.Equal("Degraded", delivery.GetProperty("status").GetString());
        Assert.Contains("535 5.7.8 Authentication credentials invalid", delivery.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True((await resumed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("resumed").GetBoolean());
        Assert.Equal("Healthy", after.GetProperty("checks").GetProperty("delivery").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Suppressions_ListAndLiftWithAKeyOnly()
    {
        await app.Services.GetRequiredService<Service.Subscribers.SubscriberStore>().SubscribeAsync("plain", "lift@example.test", default);
        var id = (await app.Services.GetRequiredService<Service.Subscribers.SubscriberStore>().FindAsync("plain", "lift@example.test", default))!.Id;
        await app.Services.GetRequiredService<Service.Subscribers.SubscriberStore>().UnsubscribeAsync(id, "plain", default);

        var unkeyed = await _client.GetAsync("/api/suppressions?topic=plain");
        var list = await _keyed.GetFromJsonAsync<JsonElement>("/api/suppressions?topic=plain");
        var lifted = await _keyed.DeleteAsync("/api/suppressions/plain/lift@example.test");
        var again = await _keyed.DeleteAsync("/api/suppressions/plain/lift@example.test");

        Assert.Equal(HttpStatusCode.Unauthorized, unkeyed.StatusCode);
        Assert.Contains(list.EnumerateArray(), s => s.GetProperty("email").GetString() == "lift@example.test" && s.GetProperty("reason").GetString() == "unsubscribe");
        Assert.Equal(HttpStatusCode.NoContent, lifted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    private static (int, int, int, int, int) Counts(JsonElement s) =>
        (s.GetProperty("pending").GetInt32(), s.GetProperty("sent").GetInt32(), s.GetProperty("failed").GetInt32(), s.GetProperty("bounced").GetInt32(), s.GetProperty("suppressed").GetInt32());

    private async Task<JsonElement> WaitSentAsync(string url, int sent)
    {
        for (var i = 0; i < 200; i++)
        {
            var status = await _client.GetFromJsonAsync<JsonElement>(url);
            if (status.GetProperty("sent").GetInt32() >= sent) return status;
            await Task.Delay(50);
        }

        throw new TimeoutException($"{url}: fewer than {sent} sent");
    }
}
