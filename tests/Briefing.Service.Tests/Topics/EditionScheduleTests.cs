using System.Globalization;
using Briefing.Service.Tests.Feeds;
using Briefing.Service.Tests.Storage;
using Briefing.Service.Topics;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Briefing.Service.Tests.Topics;

/// <summary>
/// The schedule driven by a moved clock through the real edition maker and store: every firing of the topic's cron
/// in its zone (as Quartz computes them) across a daylight-saving change makes one edition a day, none skipped or
/// doubled, a repeated firing makes nothing, and after downtime the misfire (fired once, late) makes one edition
/// within the grace period and none beyond it.
/// </summary>
public sealed class EditionScheduleTests(SqliteFolder folder) : IClassFixture<SqliteFolder>, IDisposable
{
    private readonly string _articles = CopySeeds();
    private readonly TestClock _clock = new();

    [Theory]
    [InlineData("Europe/Paris", "0 30 2 * * ?", "2026-03-25", 10)]
    [InlineData("Europe/Paris", "0 0 7 * * ?", "2026-10-21", 10)]
    [InlineData("America/New_York", "0 30 2 * * ?", "2026-03-05", 10)]
    [InlineData("America/New_York", "0 0 7 * * ?", "2026-10-28", 10)]
    public async Task RunScheduledAsync_EveryFiringAcrossADaylightSavingChange_OneEditionEachDay(string zoneId, string cron, string from, int days)
    {
        var name = "dst-" + Math.Abs(HashCode.Combine(zoneId, cron)).ToString(CultureInfo.InvariantCulture);
        await using var services = await StartAsync(name, cron, zoneId, 12);
        var maker = services.GetRequiredService<EditionMaker>();
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var trigger = new CronExpression(cron, zone);
        var start = DateTimeOffset.Parse(from, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

        var outcomes = new List<EditionRun>();
        for (var fire = trigger.GetNextValidTimeAfter(start); fire is { } f && f < start.AddDays(days); fire = trigger.GetNextValidTimeAfter(f))
        {
            _clock.Now = f.AddSeconds(5);
            outcomes.Add(await maker.RunScheduledAsync(name, f, default));
            _clock.Now = f.AddMinutes(3);
            outcomes.Add(await maker.RunScheduledAsync(name, f, default)); // a repeated firing (a recovered or duplicate job)
        }

        var editions = (await services.GetRequiredService<EditionStore>().ListAsync(name, default)).Select(e => e.Date).Order().ToList();
        Assert.Equal(days, editions.Count);
        Assert.All(editions.Zip(editions.Skip(1)), pair => Assert.Equal(pair.First.AddDays(1), pair.Second));
        Assert.Equal(days, outcomes.Count(o => o.Outcome == EditionOutcome.Ready));
        Assert.Equal(days, outcomes.Count(o => o.Outcome == EditionOutcome.AlreadyClaimed));
    }

    [Theory]
    [InlineData(2.5, true)]
    [InlineData(13, false)]
    public async Task RunScheduledAsync_MisfireAfterDaysOfDowntime_OneEditionWithinGraceNoneBeyond(double hoursLate, bool made)
    {
        var name = "downtime-" + (made ? "within" : "beyond");
        await using var services = await StartAsync(name, "0 0 7 * * ?", "Europe/Paris", 12);
        var maker = services.GetRequiredService<EditionMaker>();
        var firstDay = new DateTimeOffset(2026, 11, 2, 6, 0, 0, TimeSpan.Zero); // 07:00 in Paris
        _clock.Now = firstDay.AddSeconds(5);
        Assert.Equal(EditionOutcome.Ready, (await maker.RunScheduledAsync(name, firstDay, default)).Outcome);

        // Down from the morning of the 2nd until the 5th: Quartz fires the misfired trigger once, now.
        _clock.Now = firstDay.AddDays(3).AddHours(hoursLate);
        var late = await maker.RunScheduledAsync(name, _clock.Now, default);

        var dates = (await services.GetRequiredService<EditionStore>().ListAsync(name, default)).Select(e => e.Date).Order().ToList();
        if (made)
        {
            Assert.Equal(EditionOutcome.Ready, late.Outcome);
            Assert.Equal([new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 5)], dates);
        }
        else
        {
            Assert.Equal(EditionOutcome.BeyondGrace, late.Outcome);
            Assert.Equal([new DateOnly(2026, 11, 2)], dates);
        }
    }

    [Fact]
    public void LastDue_MisfireFiredNow_TheLatestDueTimeWithinTheWindow()
    {
        var paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        var now = new DateTimeOffset(2026, 11, 5, 9, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 11, 5, 6, 0, 0, TimeSpan.Zero), EditionCalendar.LastDue("0 0 7 * * ?", paris, now, TimeSpan.FromHours(12)));
        Assert.Null(EditionCalendar.LastDue("0 0 7 * * ?", paris, now, TimeSpan.FromHours(3)));
    }

    public void Dispose() => Directory.Delete(_articles, recursive: true);

    private Task<ServiceProvider> StartAsync(string name, string cron, string zone, int graceHours)
    {
        var settings = EditionsHost.Topic(name, cron, zone, 24, _articles);
        settings["Editions:GraceHours"] = graceHours.ToString(CultureInfo.InvariantCulture);
        return EditionsHost.StartAsync(folder.ConnectionString(name), _clock, settings);
    }

    private static string CopySeeds()
    {
        var target = Directory.CreateTempSubdirectory("briefing-topic-articles-").FullName;
        foreach (var file in Directory.GetFiles(Repo.Seeds).Order(StringComparer.Ordinal).Take(3)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        return target;
    }
}
