using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Briefing.Service.Delivery;
using Microsoft.Extensions.Options;

namespace Briefing.Service.Subscribers;

/// <summary>
/// Signs and checks the tokens in confirmation and unsubscribe links: base64url("purpose\nid\nexpiry\ntopic") "."
/// base64url(HMAC-SHA256(Delivery:Secret, that payload)), compared in constant time. Nothing is stored: the
/// signature is the proof, the expiry is inside what is signed.
/// </summary>
internal sealed class SubscriberTokens(IOptions<DeliveryOptions> options, TimeProvider time)
{
    private readonly byte[] _key = Encoding.UTF8.GetBytes(options.Value.Secret);

    public string Create(TokenPurpose purpose, Guid subscriberId, string topic, TimeSpan lifetime) =>
        Create(new SubscriberToken(purpose, subscriberId, topic, time.GetUtcNow() + lifetime));

    public string Create(SubscriberToken token)
    {
        var payload = Encoding.UTF8.GetBytes(string.Join('\n', ((int)token.Purpose).ToString(CultureInfo.InvariantCulture), token.SubscriberId.ToString("N"), token.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture), token.Topic));
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(_key, payload));
    }

    /// <summary>Checks signature, purpose and expiry; <paramref name="token"/> is set only when the result is <see cref="TokenCheck.Valid"/>.</summary>
    public TokenCheck Verify(string? text, TokenPurpose purpose, out SubscriberToken? token)
    {
        token = null;
        if (string.IsNullOrEmpty(text) || text.Length > 2048) return TokenCheck.Malformed;
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || !Base64Url.IsValid(text.AsSpan(0, dot)) || !Base64Url.IsValid(text.AsSpan(dot + 1))) return TokenCheck.Malformed;
        var payload = Base64Url.DecodeFromChars(text.AsSpan(0, dot));
        var signature = Base64Url.DecodeFromChars(text.AsSpan(dot + 1));
        if (!CryptographicOperations.FixedTimeEquals(HMACSHA256.HashData(_key, payload), signature)) return TokenCheck.Forged;

        var fields = Encoding.UTF8.GetString(payload).Split('\n', 4);
        if (fields.Length != 4
            || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var kind)
            || !Guid.TryParseExact(fields[1], "N", out var id)
            || !long.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out var expiry))
        {
            return TokenCheck.Malformed;
        }

        if (kind != (int)purpose) return TokenCheck.Forged;
        var expiresAt = DateTimeOffset.FromUnixTimeSeconds(expiry);
        if (time.GetUtcNow() >= expiresAt) return TokenCheck.Expired;
        token = new SubscriberToken(purpose, id, fields[3], expiresAt);
        return TokenCheck.Valid;
    }
}
