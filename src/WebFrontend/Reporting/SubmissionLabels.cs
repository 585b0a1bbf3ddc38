using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.WebFrontend.Pages;
using AntiTrafficking.WebFrontend.Reference;

namespace AntiTrafficking.WebFrontend.Reporting;

/// <summary>Vietnamese labels of the reporting regime (the pages translate them through the shared resources).</summary>
public static class SubmissionLabels
{
    /// <summary>"Đúng hạn", "Muộn", "Quá hạn" or "Chưa đến hạn".</summary>
    public static string Status(SubmissionStatus status) => status switch
    {
        SubmissionStatus.OnTime => "Đúng hạn",
        SubmissionStatus.Late => "Nộp muộn",
        SubmissionStatus.Overdue => "Quá hạn, chưa nộp",
        _ => "Chưa đến hạn",
    };

    /// <summary>"Cơ quan", or the district's kind as the reference data gives it: "Thành phố", "Thị xã" or "Huyện".</summary>
    public static string Kind(ReporterKind kind, string reporterCode, ProgramFiles files) =>
        kind == ReporterKind.Agency ? "Cơ quan" : Display.UnitKind(files.DistrictType(reporterCode) ?? "district");

    /// <summary>"Chưa nộp", "Đã gửi", "Đã phê duyệt" or "Sửa sau phê duyệt".</summary>
    public static string State(ReportState state) => state switch
    {
        ReportState.Submitted => "Đã gửi",
        ReportState.Approved => "Đã phê duyệt",
        ReportState.RevisedAfterApproval => "Sửa sau phê duyệt",
        _ => "Chưa nộp",
    };
}
