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

    public static bool WithinGrace(DateTimeOffset scheduledFireUtc, DateTimeOffset nowUtc, TimeSpan grace) =>
        nowUtc - scheduledFireUtc <= grace;
}
