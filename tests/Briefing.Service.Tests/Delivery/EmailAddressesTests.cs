using Briefing.Service.Subscribers;

namespace Briefing.Service.Tests.Delivery;

public sealed class EmailAddressesTests
{
    [Theory]
    [InlineData("reader@example.org")]
    [InlineData("first.last+news@mail.example.co.uk")]
    [InlineData("a@b.io")]
    public void TryParse_PlainAddress_Accepted(string input)
    {
        Assert.True(EmailAddresses.TryParse(input, out var address, out _));
        Assert.Equal(input, address.Address);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("reader@example.org\r\nBcc: victim@example.org")]
    [InlineData("reader@example.org\nBcc:x@example.org")]
    [InlineData("reader\r@example.org")]
    [InlineData("Reader <reader@example.org>")]
    [InlineData("reader@example.org, other@example.org")]
    [InlineData("reader@example.org;other@example.org")]
    [InlineData("\"quoted\"@example.org")]
    [InlineData("reader(comment)@example.org")]
    [InlineData("reader@@example.org")]
    [InlineData("a@b@example.org")]
    [InlineData("@example.org")]
    [InlineData("reader@localhost")]
    [InlineData("reader@example..org")]
    [InlineData("reader@.example.org")]
    [InlineData("reader@example.org.")]
    [InlineData("read er@example.org")]
    [InlineData("réader@example.org")]
    [InlineData("reader@[127.0.0.1]")]
    [InlineData("reader@example.org\u0000")]
    [InlineData("reader@example.org\u2028")]
    public void TryParse_HostileOrMalformed_RefusedWithReason(string? input)
    {
        Assert.False(EmailAddresses.TryParse(input, out var address, out var reason));
        Assert.Null(address);
        Assert.False(string.IsNullOrWhiteSpace(reason));
    }

    [Fact]
    public void TryParse_TooLong_Refused()
    {
        var input = new string('a', 64) + "@" + string.Join('.', Enumerable.Repeat(new string('b', 60), 4)) + ".org";

        Assert.False(EmailAddresses.TryParse(input, out _, out var reason));
        Assert.Contains("254", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_LocalPartOver64_Refused()
    {
        Assert.False(EmailAddresses.TryParse(new string('a', 65) + "@example.org", out _, out var reason));
        Assert.Contains("64", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Normalize_MixedCaseDomain_DomainLowered()
    {
        Assert.True(EmailAddresses.TryParse("Reader@Example.ORG", out var address, out _));

        Assert.Equal("Reader@example.org", EmailAddresses.Normalize(address));
    }
}
