namespace Briefing.Service.Delivery;

/// <summary>Which attempt this is (1 for the first) and when the first one was made, for backoff and giving up.</summary>
public sealed record SendAttempt(int Number, DateTimeOffset FirstAttemptAt)
{
    public static SendAttempt First(DateTimeOffset now) => new(1, now);

    public SendAttempt Next() => this with { Number = Number + 1 };
}
