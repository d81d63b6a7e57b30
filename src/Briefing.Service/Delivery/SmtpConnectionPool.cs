using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Briefing.Service.Delivery;

/// <summary>
/// Open SMTP connections kept between messages. Each caller (an outbox worker) takes one, sends and gives it back,
/// so there are never more connections than workers (Delivery:Connections). A connection is opened on a socket with
/// NoDelay (MailKit's own socket waits ~45 ms a message on Nagle and delayed ACK), secured as Smtp:Security says,
/// authenticated, checked with NOOP after Smtp:NoOpAfterIdleSeconds idle, and closed after
/// Smtp:MessagesPerConnection messages or any failure that leaves its state unknown.
/// </summary>
internal sealed class SmtpConnectionPool(SmtpOptions options, TimeProvider time, Func<ISmtpClient> clients) : IAsyncDisposable
{
    private readonly ConcurrentBag<SmtpConnection> _idle = [];
    private readonly X509Certificate2? _trusted = options.TrustedCertificateFile.Length > 0 ? SmtpCertificates.Load(options.TrustedCertificateFile) : null;

    public async Task<SmtpConnection> RentAsync(CancellationToken cancellationToken)
    {
        while (_idle.TryTake(out var connection))
        {
            if (!connection.Client.IsConnected)
            {
                connection.Client.Dispose();
                continue;
            }

            if (time.GetUtcNow() - connection.LastUsed < TimeSpan.FromSeconds(options.NoOpAfterIdleSeconds)) return connection;
            try
            {
                await connection.Client.NoOpAsync(cancellationToken);
                return connection;
            }
            catch (Exception ex) when (SmtpReplyClassifier.IsSmtpFailure(ex))
            {
                connection.Client.Dispose();
            }
        }

        return await OpenAsync(cancellationToken);
    }

    /// <summary>Gives a connection back after a message: kept if it is sound and has room for more, else closed.</summary>
    public async Task ReturnAsync(SmtpConnection connection, bool sound)
    {
        connection.LastUsed = time.GetUtcNow();
        if (sound && connection.Client.IsConnected && connection.Sent < options.MessagesPerConnection)
        {
            _idle.Add(connection);
            return;
        }

        await CloseAsync(connection);
    }

    public async ValueTask DisposeAsync()
    {
        while (_idle.TryTake(out var connection)) await CloseAsync(connection);
        _trusted?.Dispose();
    }

    private async Task<SmtpConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var client = clients();
        try
        {
            client.Timeout = options.TimeoutSeconds * 1000;
            client.ServerCertificateValidationCallback = SmtpCertificates.Validator(_trusted);
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(options.Host, options.Port, cancellationToken);
                await client.ConnectAsync(socket, options.Host, options.Port, Secure(options.Security), cancellationToken);
            }
            catch
            {
                socket.Dispose();
                throw;
            }

            if (options.User.Length > 0) await client.AuthenticateAsync(new NetworkCredential(options.User, options.Password), cancellationToken);
            return new SmtpConnection(client, time.GetUtcNow());
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    // Never SecureSocketOptions.Auto: on a port other than 465 it falls back to plain text without a word.
    private static SecureSocketOptions Secure(SmtpSecurity security) => security switch
    {
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        _ => SecureSocketOptions.None,
    };

    private static async Task CloseAsync(SmtpConnection connection)
    {
        try
        {
            using var quit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            if (connection.Client.IsConnected) await connection.Client.DisconnectAsync(true, quit.Token);
        }
        catch (Exception ex) when (SmtpReplyClassifier.IsSmtpFailure(ex) || ex is OperationCanceledException)
        {
            // Closing anyway.
        }
        finally
        {
            connection.Client.Dispose();
        }
    }
}
