namespace Briefing.Service.Delivery;

/// <summary>
/// Spaces sends evenly at Delivery:MessagesPerSecond for all of a node's workers together: each caller gets the next
/// free slot and waits for it. A node that was idle does not get a burst to catch up.
/// </summary>
internal sealed class SendPacer(double messagesPerSecond, TimeProvider time)
{
    private readonly TimeSpan _interval = TimeSpan.FromSeconds(1 / messagesPerSecond);
    private readonly Lock _lock = new();
    private DateTimeOffset _next = DateTimeOffset.MinValue;

    public Task WaitAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        DateTimeOffset slot;
        lock (_lock)
        {
            slot = _next > now ? _next : now;
            _next = slot + _interval;
        }

        var wait = slot - now;
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
    }
}
