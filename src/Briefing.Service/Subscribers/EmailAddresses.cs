using System.Diagnostics.CodeAnalysis;
using System.Net.Mail;

namespace Briefing.Service.Subscribers;

/// <summary>
/// The one gate every email address passes before it is stored or put in a header: a bare ASCII address
/// (no display name, no comments, no quoted local part), at most 254 characters with a local part of at most 64,
/// a dotted domain, and nothing that could end a header line.
/// </summary>
public static class EmailAddresses
{
    public const int MaxLength = 254;

    public const int MaxLocalPartLength = 64;

    public static bool TryParse(string? input, [NotNullWhen(true)] out MailAddress? address, [NotNullWhen(false)] out string? reason)
    {
        address = null;
        reason = Check(input);
        if (reason is not null) return false;
        if (!MailAddress.TryCreate(input, out var parsed) || !string.Equals(parsed.Address, input, StringComparison.Ordinal) || parsed.DisplayName.Length > 0)
        {
            reason = "not a valid email address";
            return false;
        }

        address = parsed;
        return true;
    }

    /// <summary>The address in the form it is stored and compared in: the domain in lower case.</summary>
    public static string Normalize(MailAddress address) => address.User + "@" + address.Host.ToLowerInvariant();

    private static string? Check(string? input)
    {
        if (string.IsNullOrEmpty(input)) return "an email address is required";
        if (input.Length > MaxLength) return $"an email address has at most {MaxLength} characters";
        foreach (var c in input)
        {
            if (c < 0x21 || c > 0x7E) return "an email address must be ASCII without spaces, line breaks or control characters";
            if (c is '<' or '>' or '(' or ')' or '[' or ']' or ',' or ';' or ':' or '"' or '\\') return $"an email address must not contain '{c}'";
        }

        var at = input.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != input.LastIndexOf('@')) return "an email address has exactly one '@' with a name before it";
        if (at > MaxLocalPartLength) return $"the part before '@' has at most {MaxLocalPartLength} characters";
        var domain = input[(at + 1)..];
        if (!domain.Contains('.', StringComparison.Ordinal) || domain.StartsWith('.') || domain.EndsWith('.') || domain.Contains("..", StringComparison.Ordinal))
        {
            return "the domain of an email address must be a dotted name such as example.org";
        }

        return null;
    }
}
