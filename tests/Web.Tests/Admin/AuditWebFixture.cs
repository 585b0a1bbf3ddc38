using AntiTrafficking.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafficking.Web.Tests.Admin;

/// <summary>A silo and the web front end with the test sign-in (<see cref="TestSignIn"/>), for the administrator pages.</summary>
public sealed class AuditWebFixture : WebFixture<TestSiloConfigurator>
{
    protected override void ConfigureWebServices(IServiceCollection services) => TestSignIn.AddTo(services);
}

/// <summary>The administrator tests share one silo of their own, so that the audit trail they read holds only their acts.</summary>
[CollectionDefinition(Name)]
public sealed class AuditWebCollection : ICollectionFixture<AuditWebFixture>
{
    public const string Name = "audit-web";
}
