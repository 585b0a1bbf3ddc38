namespace AntiTrafficking.Web.Tests.Infrastructure;

/// <summary>
/// Tests that share one silo and one web front end. They run one after another; each writes to its own units
/// (or only to periods and indicators that no other test reads), so that none sees another's data.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
