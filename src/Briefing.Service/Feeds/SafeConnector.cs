using System.Net;
using System.Net.Sockets;
using System.Runtime.ExceptionServices;

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
        SocketException? failure = null;
        foreach (var address in addresses)
        {
            var why = AddressPolicy.Refusal(address, allowPrivate);
            if (why is not null)
            {
                refusal ??= why;
                continue;
            }

            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, context.DnsEndPoint.Port), cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException e)
            {
                socket.Dispose();
                failure = e;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }

        if (failure is not null) ExceptionDispatchInfo.Throw(failure);
        throw new FetchRefusedException(refusal is null ? $"{host} has no address" : $"{host} resolves to {refusal}");
    }
}
