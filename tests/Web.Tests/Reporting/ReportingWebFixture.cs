using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests.Reporting;

/// <summary>A silo with a movable calendar and the web front end connected to it, for the reporting tests.</summary>
public sealed class ReportingWebFixture : WebFixture<ReportingSiloConfigurator>
{
    /// <summary>Sets the silo's calendar to 10:00 in Vietnam on <paramref name="date"/>.</summary>
    public static void SetToday(DateOnly date) =>
        ReportingSiloConfigurator.Time.SetUtcNow(new DateTimeOffset(date.ToDateTime(new TimeOnly(3, 0)), TimeSpan.Zero));
}
