using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests.DataEntry;

/// <summary>
/// A silo and web front end of the data-entry form tests' own: they submit every form, so the province's figures they
/// move are read by no other test.
/// </summary>
public sealed class EntryFormsWebFixture : WebFixture<TestSiloConfigurator>;

/// <summary>The data-entry form tests share <see cref="EntryFormsWebFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class EntryFormsWebCollection : ICollectionFixture<EntryFormsWebFixture>
{
    public const string Name = "entry-forms-web";
}
