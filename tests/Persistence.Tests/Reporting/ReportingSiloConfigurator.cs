using AntiTrafficking.Grains;
using AntiTrafficking.Grains.Reporting;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace AntiTrafficking.Persistence.Tests.Reporting;

/// <summary>
/// Added after <see cref="Cluster.PostgresSiloConfigurator"/>: the calendar stands on 16 January 2012 (2011-Q4 and
/// 2011-H2 have closed, the year 2011 closes on the 20th) and the close reminder ticks every second.
/// </summary>
public sealed class ReportingSiloConfigurator : ISiloConfigurator
{
    public static readonly DateTimeOffset Today = new(2012, 1, 16, 3, 0, 0, TimeSpan.Zero);

    public void Configure(ISiloBuilder siloBuilder)
    {
        siloBuilder.Services.AddSingleton(new CalendarClock(new FixedTime(Today)));
        siloBuilder.Services.Configure<ReportingOptions>(o => o.CloseCheckInterval = Cluster.PostgresSiloConfigurator.ReminderPeriod).AddPeriodCloseReminder();
    }
}
