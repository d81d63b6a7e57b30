namespace Briefing.Service.Tests.Delivery;

/// <summary>The real clock moved by <see cref="Offset"/>, so timers still fire in real time while a test jumps ahead days.</summary>
internal sealed class ShiftedTime : TimeProvider
{
    public TimeSpan Offset { get; set; }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;
}
