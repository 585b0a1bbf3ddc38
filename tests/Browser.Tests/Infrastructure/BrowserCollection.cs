namespace AntiTrafficking.Browser.Tests.Infrastructure;

/// <summary>Browser tests that share one silo, one web front end and one Chromium; each writes only to its own units.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
