using System.Collections.Concurrent;

namespace Briefing.Service.Feeds;

/// <summary>Politeness: at most MaxConcurrencyPerHost requests in flight per host, each after a small random pause.</summary>
internal sealed class HostGate(FeedsOptions options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _hosts = new(StringComparer.OrdinalIgnoreCase);

    public async Task<IDisposable> EnterAsync(string host, CancellationToken cancellationToken)
    {
        var gate = _hosts.GetOrAdd(host, _ => new SemaphoreSlim(options.MaxConcurrencyPerHost, options.MaxConcurrencyPerHost));
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (options.JitterMilliseconds > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(options.JitterMilliseconds + 1)), time, cancellationToken);
            }
        }
        catch
        {
            gate.Release();
            throw;
        }

        return new Releaser(gate);
    }

    private sealed class Releaser(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0) gate.Release();
        }
    }
}
