using Briefing.Service.Subscribers;

namespace Briefing.Service.Tests.Delivery;

public sealed class SubscriberTokensTests
{
    private readonly ManualTime _time = new();

    [Fact]
    public void Verify_FreshToken_ValidWithItsFields()
    {
        var tokens = Mail.Tokens(_time);
        var text = tokens.Create(TokenPurpose.Unsubscribe, Mail.Subscriber, "Syria | talks\nand more", TimeSpan.FromDays(1));

        var check = tokens.Verify(text, TokenPurpose.Unsubscribe, out var token);

        Assert.Equal(TokenCheck.Valid, check);
        Assert.Equal(new SubscriberToken(TokenPurpose.Unsubscribe, Mail.Subscriber, "Syria | talks\nand more", ManualTime.Start.AddDays(1)), token);
    }

    [Fact]
    public void Verify_AfterExpiry_Expired()
    {
        var tokens = Mail.Tokens(_time);
        var text = tokens.Create(TokenPurpose.Confirm, Mail.Subscriber, "topic", TimeSpan.FromHours(48));
        _time.Now = ManualTime.Start.AddHours(48);

        Assert.Equal(TokenCheck.Expired, tokens.Verify(text, TokenPurpose.Confirm, out var token));
        Assert.Null(token);
    }

    [Fact]
    public void Verify_OtherPurpose_Forged()
    {
        var tokens = Mail.Tokens(_time);
        var text = tokens.Create(TokenPurpose.Confirm, Mail.Subscriber, "topic", TimeSpan.FromDays(1));

        Assert.Equal(TokenCheck.Forged, tokens.Verify(text, TokenPurpose.Unsubscribe, out _));
    }

    [Fact]
    public void Verify_OtherSecret_Forged()
    {
        var text = Mail.Tokens(_time, "another-secret-another-secret-another-secret").Create(TokenPurpose.Unsubscribe, Mail.Subscriber, "topic", TimeSpan.FromDays(1));

        Assert.Equal(TokenCheck.Forged, Mail.Tokens(_time).Verify(text, TokenPurpose.Unsubscribe, out _));
    }

    [Fact]
    public void Verify_PayloadAlteredToAnotherSubscriber_Forged()
    {
        var tokens = Mail.Tokens(_time);
        var mine = tokens.Create(TokenPurpose.Unsubscribe, Mail.Subscriber, "topic", TimeSpan.FromDays(1));
        var theirs = tokens.Create(TokenPurpose.Unsubscribe, Guid.NewGuid(), "topic", TimeSpan.FromDays(1));
        var spliced = theirs.Split('.')[0] + "." + mine.Split('.')[1];

        Assert.Equal(TokenCheck.Forged, tokens.Verify(spliced, TokenPurpose.Unsubscribe, out _));
    }

    [Fact]
    public void Verify_ExpiryExtendedWithoutKey_Forged()
    {
        var tokens = Mail.Tokens(_time);
        var text = tokens.Create(TokenPurpose.Unsubscribe, Mail.Subscriber, "topic", TimeSpan.FromDays(1));
        var payload = System.Text.Encoding.UTF8.GetString(System.Buffers.Text.Base64Url.DecodeFromChars(text.Split('.')[0]));
        var fields = payload.Split('\n');
        fields[2] = ManualTime.Start.AddYears(10).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var altered = System.Buffers.Text.Base64Url.EncodeToString(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', fields))) + "." + text.Split('.')[1];

        Assert.Equal(TokenCheck.Forged, tokens.Verify(altered, TokenPurpose.Unsubscribe, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-dot")]
    [InlineData(".")]
    [InlineData("abc.d$f")]
    [InlineData("%%%.abc")]
    public void Verify_NotAToken_Malformed(string? text)
    {
        Assert.Equal(TokenCheck.Malformed, Mail.Tokens(_time).Verify(text, TokenPurpose.Unsubscribe, out _));
    }
}
