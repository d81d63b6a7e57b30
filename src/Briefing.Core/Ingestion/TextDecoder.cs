using System.Text;

namespace Briefing.Ingestion;

/// <summary>Decodes UTF-8 (with or without BOM) and UTF-16/32 with BOM; refuses binary data and invalid UTF-8.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string reason)
    {
        text = "";
        reason = "";
        try
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) text = StrictUtf8.GetString(bytes[3..]);
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) text = Strict(new UTF32Encoding(false, false, true), bytes[4..]);
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) text = Strict(new UnicodeEncoding(false, false, true), bytes[2..]);
            else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) text = Strict(new UnicodeEncoding(true, false, true), bytes[2..]);
            else if (bytes.IndexOf((byte)0) >= 0)
            {
                reason = "binary file (contains NUL bytes and no UTF-16 byte-order mark)";
                return false;
            }
            else text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            reason = $"invalid UTF-8 (bad byte sequence near byte {Math.Max(0, ex.Index)}); save the file as UTF-8";
            return false;
        }

        var control = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        if (text.Length > 0 && control > text.Length / 20)
        {
            reason = "binary file (too many control characters)";
            return false;
        }

        return true;
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes) => encoding.GetString(bytes);
}
