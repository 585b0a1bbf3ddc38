namespace AntiTrafficking.Persistence.Tests;

/// <summary>Every test class that needs PostgreSQL joins this collection, so they share one server and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "PostgreSQL";
}
