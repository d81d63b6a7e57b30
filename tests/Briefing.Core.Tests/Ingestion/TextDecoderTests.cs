using System.Text;
using Briefing.Ingestion;

namespace Briefing.Tests.Ingestion;

public sealed class TextDecoderTests
{
    [Fact]
    public void TryDecode_Utf8WithBom_DropsBom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Café talks")).ToArray();

        Assert.True(TextDecoder.TryDecode(bytes, out var text, out _));
        Assert.Equal("Café talks", text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void TryDecode_Utf16WithBom_Decodes(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("Lausanne – talks")).ToArray();

        Assert.True(TextDecoder.TryDecode(bytes, out var text, out _));
        Assert.Equal("Lausanne – talks", text);
    }

    [Fact]
    public void TryDecode_InvalidUtf8_FailsWithReason()
    {
        var bytes = Encoding.ASCII.GetBytes("Talks in ").Concat(new byte[] { 0xC3, 0x28, 0xFF }).ToArray();

        Assert.False(TextDecoder.TryDecode(bytes, out _, out var reason));
        Assert.Contains("invalid UTF-8", reason);
    }

    [Fact]
    public void TryDecode_BinaryData_FailsWithReason()
    {
        var bytes = new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D };

        Assert.False(TextDecoder.TryDecode(bytes, out _, out var reason));
        Assert.Contains("binary", reason);
    }
}
