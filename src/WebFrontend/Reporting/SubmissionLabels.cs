using AntiTrafficking.GrainInterfaces.Reporting;

namespace AntiTrafficking.WebFrontend.Reporting;

/// <summary>Vietnamese labels of the reporting regime.</summary>
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

    /// <summary>"Cơ quan" or "Huyện".</summary>
    public static string Kind(ReporterKind kind) => kind == ReporterKind.Agency ? "Cơ quan" : "Huyện";
}
