using System.Net;
using System.Net.Sockets;

namespace Briefing.Service.Feeds;

/// <summary>
/// The SocketsHttpHandler ConnectCallback: resolves the host itself and connects only to an address the policy
/// allows, so every request and every redirect hop is judged on the address actually connected.
/// </summary>
internal sealed class SafeConnector(FeedsOptions options)
{
    private readonly HashSet<string> _allowedHosts = new(options.AllowedHosts, StringComparer.OrdinalIgnoreCase);

    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var allowPrivate = options.AllowPrivateNetworks || _allowedHosts.Contains(host.Trim('[', ']'));
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);

        string? refusal = null;
        foreach (var address in addresses)
        {
            refusal = AddressPolicy.Refusal(address, allowPrivate);
            if (refusal is not null) continue;
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException) when (address != addresses[^1])
            {
                socket.Dispose();
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        throw new FetchRefusedException(refusal is null ? $"{host} has no address" : $"{host} resolves to {refusal}");
    }
}
