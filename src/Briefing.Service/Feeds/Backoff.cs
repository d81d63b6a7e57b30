namespace Briefing.Service.Feeds;

internal static class Backoff
{
    /// <summary>BackoffBase x 2^(failures-1), capped at BackoffMax.</summary>
    public static TimeSpan Delay(int failures, FeedsOptions options)
    {
        var max = TimeSpan.FromMinutes(options.BackoffMaxMinutes);
        var exponent = Math.Min(failures - 1, 30);
        var minutes = options.BackoffBaseMinutes * Math.Pow(2, exponent);
        return minutes >= max.TotalMinutes ? max : TimeSpan.FromMinutes(minutes);
    }
}
