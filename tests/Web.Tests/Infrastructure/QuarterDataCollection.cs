namespace AntiTrafficking.Web.Tests.Infrastructure;

/// <summary>
/// A second site for the tests that write surveys and persons into quarters of 2015 (the trends' and the pivot API's):
/// on the shared site those writes changed the province's 2015 figures that <c>Project1ThroughTheApiTests</c> computes
/// by hand, whenever they ran first.
/// </summary>
public sealed class QuarterDataWebFixture : WebFixture<TestSiloConfigurator>;

/// <summary>The tests sharing <see cref="QuarterDataWebFixture"/>; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class QuarterDataCollection : ICollectionFixture<QuarterDataWebFixture>
{
    public const string Name = "web-quarter-data";
}
