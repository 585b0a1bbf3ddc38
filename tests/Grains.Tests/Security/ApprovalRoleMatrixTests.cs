using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.Grains.Audit;
using AntiTrafficking.Grains.Tests.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafficking.Grains.Tests.Security;

/// <summary>The approval row of the role matrix, on the reporting cluster, whose close reminder closes the period first.</summary>
[Collection(ReportingCollection.Name)]
public sealed class ApprovalRoleMatrixTests(ReportingFixture fixture)
{
    [Fact]
    public async Task OnlyTheStandingOfficesOfficersApproveAPeriodAndEveryAttemptIsAudited()
    {
        var period = fixture.Grains.Period(RoleMatrix.ApprovedPeriod);
        await Eventually.ReturnsAsync(period.GetStatusAsync, s => s.ClosedOn is not null, "the close reminder to snapshot the period", TimeSpan.FromSeconds(20));

        await MatrixRunner.RunAsync(
            RoleMatrix.Rows.Single(r => r.Action == typeof(ApprovePeriod)),
            fixture.Grains,
            fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<MemoryAuditTrail>());

        Assert.Equal("matrix-ao-CA", (await period.GetStatusAsync()).Approval?.UserId);
    }
}
