namespace AntiTrafficking.Grains.Tests.Reporting;

/// <summary>Tests on one reporting cluster with a fixed calendar; each uses its own period or reporter.</summary>
[CollectionDefinition(Name)]
public sealed class ReportingCollection : ICollectionFixture<ReportingFixture>
{
    public const string Name = "reporting";
}
