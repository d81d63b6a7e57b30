namespace Briefing.Service.Topics;

/// <summary>
/// Which edition a firing makes, and whether a late firing may still make it. An edition is a topic and a date in the
/// topic's time zone, so a daylight-saving change neither skips nor doubles one, and a firing delayed by downtime
/// makes the edition of the day it was scheduled for, once, if it is within the grace period.
/// </summary>
public static class EditionCalendar
{
    public static DateOnly EditionDate(DateTimeOffset scheduledFireUtc, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(scheduledFireUtc, zone).DateTime);

    /// <summary>
    /// The latest time the cron expression fires in the zone at or before <paramref name="firedAt"/>, looking back
    /// <paramref name="window"/> at most; null when it did not fire in that window. A misfired trigger fires "now",
    /// so this finds the firing it stands for.
    /// </summary>
    public static DateTimeOffset? LastDue(string cron, TimeZoneInfo zone, DateTimeOffset firedAt, TimeSpan window)
    {
        var expression = new Quartz.CronExpression(cron, zone);
        DateTimeOffset? due = null;
        for (var next = expression.GetNextValidTimeAfter(firedAt - window - TimeSpan.FromSeconds(1)); next is { } n && n <= firedAt; next = expression.GetNextValidTimeAfter(n)) due = n;
        return due;
    }

    public static bool WithinGrace(DateTimeOffset scheduledFireUtc, DateTimeOffset nowUtc, TimeSpan grace) =>
        nowUtc - scheduledFireUtc <= grace;
}
