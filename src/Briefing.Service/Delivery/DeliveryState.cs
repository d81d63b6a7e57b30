using Microsoft.Extensions.Logging;

namespace Briefing.Service.Delivery;

/// <summary>
/// Whether this node's sender is paused. A systemic refusal (a 5xx to AUTH, MAIL FROM or DATA) would refuse every
/// message alike, so sending stops rather than burning through the outbox; it starts again when an admin resumes it
/// (POST /api/delivery/resume) or the node restarts. Rows stay pending meanwhile.
/// </summary>
public sealed class DeliveryState(TimeProvider time, ILogger<DeliveryState> logger)
{
    private DeliveryPause? _pause;

    public DeliveryPause? Pause => Volatile.Read(ref _pause);

    /// <summary>Pauses sending (the sender has logged the reply); a pause already in force keeps its first reply.</summary>
    public void Stop(int? code, string reply) => Interlocked.CompareExchange(ref _pause, new DeliveryPause(code, reply, time.GetUtcNow()), null);

    /// <summary>Resumes sending; false when it was not paused.</summary>
    public bool Resume()
    {
        if (Interlocked.Exchange(ref _pause, null) is null) return false;
        DeliveryLog.Resumed(logger);
        return true;
    }
}
