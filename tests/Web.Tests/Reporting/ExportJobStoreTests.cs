using AntiTrafficking.WebFrontend.Reporting;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace AntiTrafficking.Web.Tests.Reporting;

/// <summary>The export jobs kept in the web front end's memory: a bounded count, and finished jobs dropped after their keeping time.</summary>
public sealed class ExportJobStoreTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 29, 3, 0, 0, TimeSpan.Zero));

    [Fact]
    public void AFinishedJobIsKeptForItsKeepingTimeThenForgotten()
    {
        var jobs = Store(maxJobs: 5, keepFor: TimeSpan.FromMinutes(15));
        var job = jobs.TryAdd("22", "2013", ExportFormat.Csv)!;
        job.Complete([1, 2, 3]);

        _time.Advance(TimeSpan.FromMinutes(14));
        Assert.Same(job, jobs.Find(job.Id));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Null(jobs.Find(job.Id));
    }

    [Fact]
    public void ARunningJobIsNeverDroppedAndWhenAllPlacesRunANewJobIsRefused()
    {
        var jobs = Store(maxJobs: 2, keepFor: TimeSpan.FromMinutes(15));
        var first = jobs.TryAdd("22", "2013", ExportFormat.Xlsx)!;
        var second = jobs.TryAdd("22", "2014", ExportFormat.Xlsx)!;
        first.Report(ExportStage.WritingFile, 60);

        _time.Advance(TimeSpan.FromHours(2));

        Assert.Null(jobs.TryAdd("22", "2015", ExportFormat.Xlsx));
        Assert.Same(first, jobs.Find(first.Id));
        Assert.Equal((ExportStage.WritingFile, 60), (first.Progress.Stage, first.Progress.Percent));
        Assert.Same(second, jobs.Find(second.Id));
    }

    [Fact]
    public void WhenFullTheOldestFinishedJobMakesRoomForANewOne()
    {
        var jobs = Store(maxJobs: 3, keepFor: TimeSpan.FromMinutes(15));
        var running = jobs.TryAdd("22", "2013", ExportFormat.Xlsx)!;
        var olderDone = jobs.TryAdd("22", "2014", ExportFormat.Csv)!;
        var newerDone = jobs.TryAdd("22", "2015", ExportFormat.Csv)!;
        olderDone.Complete([1]);
        _time.Advance(TimeSpan.FromSeconds(1));
        newerDone.Fail(new ExportError("unavailable", "vi", "en"));

        var added = jobs.TryAdd("22", "2012", ExportFormat.Xlsx);

        Assert.NotNull(added);
        Assert.Null(jobs.Find(olderDone.Id));
        Assert.Same(newerDone, jobs.Find(newerDone.Id));
        Assert.Same(running, jobs.Find(running.Id));
        Assert.NotEqual(running.Id, added.Id);
    }

    private ExportJobs Store(int maxJobs, TimeSpan keepFor) =>
        new(_time, Options.Create(new ExportJobOptions { MaxJobs = maxJobs, KeepFor = keepFor }));
}
