namespace AntiTrafficking.Grains.Tests.Reporting;

/// <summary>A reporting cluster for the several-quarter scenario, which moves the calendar itself (from 20 March 2013).</summary>
public sealed class ReportingScenarioFixture() : ReportingClusterFixture(new DateTimeOffset(2013, 3, 20, 3, 0, 0, TimeSpan.Zero));
