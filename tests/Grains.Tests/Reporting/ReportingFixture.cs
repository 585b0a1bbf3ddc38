namespace AntiTrafficking.Grains.Tests.Reporting;

/// <summary>A reporting cluster whose calendar stays at 5 July 2013: 2013-Q2 has ended, its reports are due on 10 July, it closes on 15 July.</summary>
public sealed class ReportingFixture() : ReportingClusterFixture(new DateTimeOffset(2013, 7, 5, 3, 0, 0, TimeSpan.Zero));
