using System.Net;
using System.Net.Sockets;

namespace Briefing.Service.Feeds;

/// <summary>Which IP addresses a fetch may connect to. Anything not plainly public is refused unless allowed.</summary>
internal static class AddressPolicy
{
    private static readonly IPAddress[] Metadata = [IPAddress.Parse("169.254.169.254"), IPAddress.Parse("fd00:ec2::254")];

    /// <summary>Null when the address may be used; otherwise why not.</summary>
    public static string? Refusal(IPAddress address, bool allowPrivate)
    {
        var ip = Unwrap(address);
        if (Metadata.Any(m => m.Equals(ip))) return "a cloud metadata address";
        if (ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any)) return "an unspecified address";
        if (IsMulticastOrReserved(ip)) return "a multicast or reserved address";
        var kind = PrivateKind(ip);
        return kind is null || allowPrivate ? null : kind;
    }

    // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4
    // address that is what really gets reached; judge that one.
    internal static IPAddress Unwrap(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address;
        if (address.IsIPv4MappedToIPv6) return address.MapToIPv4();
        var b = address.GetAddressBytes();
        if (b.AsSpan(0, 12).IndexOfAnyExcept((byte)0) < 0 && !(b[12] == 0 && b[13] == 0 && b[14] == 0)) return new IPAddress(b.AsSpan(12, 4));
        if (b[0] == 0x00 && b[1] == 0x64 && b[2] == 0xff && b[3] == 0x9b && b.AsSpan(4, 8).IndexOfAnyExcept((byte)0) < 0) return new IPAddress(b.AsSpan(12, 4));
        if (b[0] == 0x20 && b[1] == 0x02) return new IPAddress(b.AsSpan(2, 4));
        return address;
    }

    private static bool IsMulticastOrReserved(IPAddress ip)
    {
        var b = ip.GetAddressBytes();
        return ip.AddressFamily == AddressFamily.InterNetwork ? b[0] >= 224 : b[0] == 0xff;
    }

    private static string? PrivateKind(IPAddress ip)
    {
        var b = ip.GetAddressBytes();
        if (ip.AddressFamily == AddressFamily.InterNetwork)
        {
            return b[0] switch
            {
                127 => "a loopback address",
                10 => "a private address",
                172 when b[1] is >= 16 and <= 31 => "a private address",
                192 when b[1] == 168 => "a private address",
                169 when b[1] == 254 => "a link-local address",
                100 when b[1] is >= 64 and <= 127 => "a carrier-grade NAT address",
                0 => "a 'this network' address",
                192 when b[1] == 0 && b[2] == 0 => "an IETF protocol address",
                198 when b[1] is 18 or 19 => "a benchmarking address",
                _ => null,
            };
        }

        if (IPAddress.IsLoopback(ip)) return "a loopback address";
        if (ip.IsIPv6LinkLocal || ip.IsIPv6SiteLocal) return "a link-local address";
        if ((b[0] & 0xfe) == 0xfc) return "a unique-local address";
        return null;
    }
}
