using System.Globalization;
using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.Grains.Enforcement;

/// <summary>Refusals of Project 2's commands, in Vietnamese and English, naming the field at fault.</summary>
internal static class EnforcementRefusals
{
    public static CommandError UnknownPlace(string field, string code) =>
        new("unknownPlace", field,
            $"Không có xã, huyện mã '{code}' trong tỉnh.",
            $"There is no commune or district with code '{code}' in the province.");

    public static CommandError NotRecorded(string field, string recordVi, string recordEn) =>
        new("notRecorded", field, $"Chưa có {recordVi} này.", $"This {recordEn} has not been recorded.");

    public static CommandError InvalidTransition(string stepVi, string stepEn, string stateVi, string stateEn) =>
        new("invalidTransition", "status",
            $"Không thể {stepVi} khi {stateVi}.",
            $"Cannot {stepEn} while {stateEn}.");

    public static CommandError AlreadyClassified(string current) =>
        new("alreadyClassified", "classification",
            $"Tin báo đã được phân loại ('{current}'); không phân loại lại.",
            $"The tip has already been classified as '{current}'; it is not classified again.");

    public static CommandError BeforePreviousStep(string field, DateOnly date, DateOnly previous) =>
        new("dateOutOfOrder", field,
            $"Ngày {Vi(date)} trước ngày {Vi(previous)} của bước trước.",
            $"The date {En(date)} is before {En(previous)}, the date of the previous step.");

    public static CommandError BeforeDesignation(DateOnly date, DateOnly designated) =>
        new("dateOutOfOrder", "appliedOn",
            $"Tuyến, địa bàn trọng điểm này được xác định từ ngày {Vi(designated)}; biện pháp ngày {Vi(date)} trước ngày đó.",
            $"This key area was designated on {En(designated)}; a measure dated {En(date)} is before it.");

    public static CommandError OutsideCampaign(DateOnly date, DateOnly start, DateOnly end) =>
        new("outsideCampaign", "result.recordedOn",
            $"Ngày {Vi(date)} nằm ngoài đợt cao điểm ({Vi(start)} – {Vi(end)}).",
            $"The date {En(date)} is outside the campaign ({En(start)} to {En(end)}).");

    public static CommandError NotInCampaign(string district) =>
        new("notInCampaign", "result.districtCode",
            $"Huyện '{district}' không thuộc đợt cao điểm.",
            $"The district '{district}' is not part of the campaign.");

    public static CommandError VerdictMismatch() =>
        new("verdictMismatch", "peopleConvicted",
            "Bản án tuyên vô tội thì số người bị kết án phải là 0; bản án kết tội thì phải lớn hơn 0.",
            "An acquittal convicts nobody; a conviction convicts at least one person.");

    public static CommandError EndsBeforeStart(DateOnly end, DateOnly start) =>
        new("dateOutOfOrder", "endsOn",
            $"Ngày kết thúc {Vi(end)} trước ngày bắt đầu {Vi(start)}.",
            $"The end date {En(end)} is before the start date {En(start)}.");

    public static CommandError NothingSubmitted() =>
        new("required", "counts", "Phải có ít nhất một số liệu.", "At least one figure is required.");

    private static string Vi(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string En(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
