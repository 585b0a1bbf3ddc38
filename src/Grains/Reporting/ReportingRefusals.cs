using System.Globalization;
using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.Grains.Reporting;

/// <summary>The refusals of the reporting regime, in Vietnamese and English.</summary>
internal static class ReportingRefusals
{
    public const int MaxNarrative = 50_000;

    public static CommandError OutsideProgram(string period) =>
        new("periodOutsideProgram", "period",
            $"Kỳ '{period}' không thuộc chế độ báo cáo của chương trình.",
            $"The period '{period}' is not a reporting period of the program.");

    public static CommandError UnknownReporter(string? code) =>
        new("unknownReporter", "reporterCode",
            $"'{code}' không phải là huyện hay cơ quan có nghĩa vụ báo cáo.",
            $"'{code}' is not a district or agency that owes reports.");

    public static CommandError NotEnded(string period, DateOnly end) =>
        new("periodNotEnded", "period",
            $"Kỳ {period} chưa kết thúc (kết thúc ngày {end.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}).",
            $"The period {period} has not ended yet (it ends on {end:yyyy-MM-dd}).");

    public static CommandError TooLong(string field, int max) =>
        new("tooLong", field, $"Trường '{field}' dài quá {max} ký tự.", $"The field '{field}' is longer than {max} characters.");

    public static CommandError UnknownFigure(string field, string code) =>
        new("unknownFigure", field,
            $"Mã số liệu '{code}' không có trong chương trình (chỉ tiêu IND-…, chỉ số đầu ra OUT-…).",
            $"The figure code '{code}' is not in the program (indicators IND-…, outputs OUT-…).");

    public static CommandError ReasonRequired() =>
        new("periodLocked", "reason",
            "Báo cáo tổng hợp của kỳ đã được phê duyệt: sửa báo cáo phải nêu lý do.",
            "The period's consolidated report is approved: a change must give its reason.");

    public static CommandError NotClosed(string period, DateOnly closesOn) =>
        new("periodNotClosed", "period",
            $"Kỳ {period} chưa chốt số liệu (chốt từ ngày {closesOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}).",
            $"The period {period} is not closed yet (it closes from {closesOn:yyyy-MM-dd}).");

    public static CommandError AlreadyApproved(string period) =>
        new("alreadyApproved", "period", $"Báo cáo tổng hợp kỳ {period} đã được phê duyệt.", $"The consolidated report of {period} is already approved.");
}
