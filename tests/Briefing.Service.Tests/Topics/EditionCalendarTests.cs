using System.ComponentModel.DataAnnotations;
using Briefing.Service.Topics;
using Quartz;

namespace Briefing.Service.Tests.Topics;

public sealed class EditionCalendarTests
{
    [Theory]
    [InlineData("Europe/Paris", "2026-03-25", "2026-04-02")]
    [InlineData("Europe/Paris", "2026-10-21", "2026-10-29")]
    [InlineData("America/New_York", "2026-03-05", "2026-03-12")]
    [InlineData("America/New_York", "2026-10-28", "2026-11-05")]
    public void EditionDate_DailyCronAcrossADaylightSavingChange_OneEditionEachDayNoneSkippedNoneDoubled(string zoneId, string from, string to)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var cron = new CronExpression("0 30 2 * * ?", zone);
        var start = new DateTimeOffset(DateTime.Parse(from, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero);
        var end = new DateTimeOffset(DateTime.Parse(to, System.Globalization.CultureInfo.InvariantCulture), TimeSpan.Zero);

        var dates = new List<DateOnly>();
        for (var fire = cron.GetNextValidTimeAfter(start); fire is { } f && f < end; fire = cron.GetNextValidTimeAfter(f))
        {
            dates.Add(EditionCalendar.EditionDate(f, zone));
        }

        Assert.Equal(dates.Distinct().Count(), dates.Count);
        Assert.All(dates.Zip(dates.Skip(1)), pair => Assert.Equal(pair.First.AddDays(1), pair.Second));
        Assert.True(dates.Count >= 7, $"{dates.Count} firings");
    }

    [Fact]
    public void EditionDate_LateEveningUtcFire_IsTheNextDayInTokyo()
    {
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");

        Assert.Equal(new DateOnly(2026, 11, 23), EditionCalendar.EditionDate(new DateTimeOffset(2026, 11, 22, 22, 0, 0, TimeSpan.Zero), tokyo));
    }

    [Theory]
    [InlineData(11, true)]
    [InlineData(13, false)]
    public void WithinGrace_AfterDowntime_OnlyInsideTheGracePeriod(int hoursLate, bool expected)
    {
        var scheduled = new DateTimeOffset(2026, 11, 22, 6, 0, 0, TimeSpan.Zero);

        Assert.Equal(expected, EditionCalendar.WithinGrace(scheduled, scheduled.AddHours(hoursLate), TimeSpan.FromHours(12)));
    }

    [Theory]
    [InlineData("0 0 7 * * ?", "Europe/Paris", true)]
    [InlineData("every morning", "Europe/Paris", false)]
    [InlineData("0 0 7 * * ?", "Mars/Olympus", false)]
    public void Validate_CronAndTimeZone_NamedWhenWrong(string cron, string zone, bool valid)
    {
        var topic = new TopicDefinition { Name = "syria", Sources = ["seeds"], Cron = cron, TimeZone = zone };
        var results = new List<ValidationResult>();

        var ok = Validator.TryValidateObject(topic, new ValidationContext(topic), results, validateAllProperties: true);

        Assert.Equal(valid, ok);
        if (!valid) Assert.Contains(results, r => r.ErrorMessage!.Contains(cron == "every morning" ? "Cron" : "TimeZone", StringComparison.Ordinal));
    }
}
