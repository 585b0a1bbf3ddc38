using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Grains.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace AntiTrafficking.Grains.Tests.Security;

/// <summary>
/// Every command type the grains accept, and the read of personal data, tried by every role — agency officers of all
/// 13 agencies, case workers, district officers in and out of scope, leaders, analysts, administrators — straight
/// through the grain client: what the matrix allows succeeds, everything else is refused with notPermitted, changes
/// nothing and is audited. The approval of a period runs on the reporting cluster (<see cref="ApprovalRoleMatrixTests"/>).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RoleMatrixTests(ClusterFixture fixture)
{
    public static TheoryData<string> Actions()
    {
        var actions = new TheoryData<string>();
        foreach (var row in RoleMatrix.Rows.Where(r => r.Action != typeof(ApprovePeriod)))
        {
            actions.Add(row.Name);
        }

        return actions;
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task OnlyThePartiesTheMatrixAllowsTakeTheActionAndEveryAttemptIsAudited(string action) =>
        await MatrixRunner.RunAsync(
            RoleMatrix.Rows.Single(r => r.Name == action),
            fixture.Grains,
            fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<MemoryAuditTrail>());

    [Fact]
    public void TheMatrixCoversEveryCommandTypeOfTheContractAndTheReadOfPersonalData()
    {
        var commands = typeof(ICommand).Assembly.GetTypes()
            .Where(t => t.IsClass && !t.IsAbstract && typeof(ICommand).IsAssignableFrom(t))
            .Append(typeof(ReadRequest))
            .Select(t => t.Name)
            .Order(StringComparer.Ordinal);

        Assert.Equal(commands, RoleMatrix.Rows.Select(r => r.Action.Name).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(46, commands.Count());
    }
}
