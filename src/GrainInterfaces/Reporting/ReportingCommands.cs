using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Commands;
using static AntiTrafficking.GrainInterfaces.Commands.CommandRoles;

namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>
/// The commands of the reporting regime: an agency's report by its officers, a district's by its district officers;
/// approval by the standing office.
/// </summary>
public static class ReportingCommands
{
    /// <summary>Every command of the reporting regime, declared once (<see cref="CommandDeclaration"/>).</summary>
    public static ImmutableArray<CommandDeclaration> All { get; } =
    [
        Declare<SubmitReport>("Gửi báo cáo định kỳ", new("gửi báo cáo", "send the report", AgenciesAndDistricts, new([], Target: true)))
            .Period<IReportingPeriodGrain>("/provinces/{code}/reporting/periods/{period}/reports", "Gửi hoặc sửa báo cáo / Submit or revise a report",
                (g, c) => g.SubmitAsync(c)),
        Declare<ApprovePeriod>("Phê duyệt báo cáo tổng hợp",
                new("phê duyệt báo cáo tổng hợp", "approve the consolidated report", AgencyOfficers, new([], Target: true)))
            .Period<IReportingPeriodGrain>("/provinces/{code}/reporting/periods/{period}/approval", "Phê duyệt báo cáo tổng hợp / Approve the consolidated report",
                (g, c) => g.ApproveAsync(c)),
    ];

    private static CommandDeclaration<T> Declare<T>(string label, Permission permission)
        where T : class, ICommand => CommandDeclaration.Of<T>(CommandGroup.Reporting, label, permission);
}
