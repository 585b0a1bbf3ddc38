using AntiTrafficking.Web.Tests.Infrastructure;

namespace AntiTrafficking.Web.Tests.Admin;

/// <summary>A silo and the web front end of the administrator tests' own, so that the audit trail they read holds only their acts.</summary>
public sealed class AuditWebFixture : WebFixture<TestSiloConfigurator>;

/// <summary>The administrator tests share <see cref="AuditWebFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class AuditWebCollection : ICollectionFixture<AuditWebFixture>
{
    public const string Name = "audit-web";
}
