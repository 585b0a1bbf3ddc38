namespace AntiTrafficking.Web.Tests.Reporting;

/// <summary>The reporting tests share one silo; the calendar only moves forward, within 20 March – 16 April 2013.</summary>
[CollectionDefinition(Name)]
public sealed class ReportingWebCollection : ICollectionFixture<ReportingWebFixture>
{
    public const string Name = "reporting-web";
}
