using System.Security.Cryptography;
using System.Text;

namespace Briefing.Service.Delivery;

/// <summary>
/// A Message-ID that depends only on (edition, subscriber) and the sending domain, so a message sent twice (a
/// connection lost after DATA, then a retry) carries the same id and mail clients fold the two into one.
/// </summary>
internal static class MessageIds
{
    public static string For(string editionKey, Guid subscriberId, string domain)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"briefing-email\n{editionKey}\n{subscriberId:N}"));
        return $"<{Convert.ToHexStringLower(hash, 0, 16)}.briefing@{domain.ToLowerInvariant()}>";
    }
}
