namespace AntiTrafficking.Grains.Tests.Reporting;

/// <summary>The scenario owns its cluster: it moves the calendar, which no other test may see.</summary>
[CollectionDefinition(Name)]
public sealed class ReportingScenarioCollection : ICollectionFixture<ReportingScenarioFixture>
{
    public const string Name = "reporting-scenario";
}
