using System.Globalization;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Victims;

namespace AntiTrafficking.Grains.Victims;

/// <summary>
/// Refusals of Project 3's commands and reads, in Vietnamese and English, naming the field at fault. None of them
/// repeats a value of the personal data: a refusal may be shown or logged anywhere.
/// </summary>
internal static class VictimRefusals
{
    public static CommandError NotCaseWorker(string? agency, IReadOnlyCollection<string> allowed) =>
        new("notCaseWorker", "officer.agencyCode",
            $"Chỉ cán bộ của {string.Join(", ", allowed)} mới được phân công; không phải '{agency ?? "(không có)"}'.",
            $"Only officers of {string.Join(", ", allowed)} may be assigned, not '{agency ?? "(none)"}'.");

    public static CommandError NotAssigned(string field) =>
        new("notPermitted", field,
            "Người này yêu cầu giữ bí mật: chỉ cán bộ được phân công mới được xem thông tin cá nhân.",
            "This person asked for confidentiality: only the officers assigned may read the personal data.");

    /// <summary>The reader's or actor's agency has not got the record: it did not receive it, accept its referral or have an officer assigned.</summary>
    public static CommandError NoAccess(string? agency, string actionVi, string actionEn, string prefix = "reader") =>
        new("notPermitted", prefix + ".agencyCode",
            $"Cơ quan '{agency ?? "(không có)"}' không có hồ sơ này (không tiếp nhận, không nhận chuyển giao, không có cán bộ được phân công) nên không được {actionVi}.",
            $"The agency '{agency ?? "(none)"}' does not have this record (it did not receive it, accept its referral or have an officer assigned) and may not {actionEn}.");

    public static CommandError NotCaseWorkingAgency(string agency, IReadOnlyCollection<string> allowed) =>
        new("notCaseWorker", "toAgency",
            $"Chỉ chuyển hồ sơ người được tiếp nhận đến {string.Join(", ", allowed)}; không phải '{agency}'.",
            $"A received person's record is referred only to {string.Join(", ", allowed)}, not '{agency}'.");

    public static CommandError NotReceived() =>
        new("notRecorded", "personId", "Chưa tiếp nhận người này.", "This person has not been received.");

    public static CommandError UnknownPlace(string field, string code) =>
        new("unknownPlace", field,
            $"Không có xã, huyện mã '{code}' trong tỉnh.",
            $"There is no commune or district with code '{code}' in the province.");

    public static CommandError InvalidTransition(string stepVi, string stepEn, string stateVi, string stateEn) =>
        new("invalidTransition", "status", $"Không thể {stepVi} khi {stateVi}.", $"Cannot {stepEn} while {stateEn}.");

    public static CommandError AlreadyConcluded(string outcome) =>
        new("alreadyConcluded", "outcome",
            $"Việc xác minh đã có kết luận ('{outcome}'); không xác định lại.",
            $"The verification is already concluded ('{outcome}'); it is not concluded again.");

    public static CommandError BeforePreviousStep(string field, DateOnly date, DateOnly previous) =>
        new("dateOutOfOrder", field,
            $"Ngày {Vi(date)} trước ngày {Vi(previous)} của bước trước.",
            $"The date {En(date)} is before {En(previous)}, the date of the previous step.");

    public static CommandError UnknownValue(string field, string value) =>
        new("unknownValue", field, $"Giá trị '{value}' của trường '{field}' không hợp lệ.", $"The value '{value}' of '{field}' is not valid.");

    public static CommandError InvalidCountry(string code) =>
        new("invalidCountry", "countryCode",
            $"Mã nước '{code}' không hợp lệ: cần hai chữ cái in hoa theo ISO 3166-1 (ví dụ CN).",
            $"The country code '{code}' is not valid: two capital letters of ISO 3166-1 are expected (e.g. CN).");

    /// <summary>The birth year gives an age at reception outside 0–<paramref name="maxAge"/>; the year typed is not repeated.</summary>
    public static CommandError InvalidBirthYear(int maxAge, int earliest, int latest) =>
        new("outOfRange", "birthYear",
            $"Tuổi khi tiếp nhận phải từ 0 đến {maxAge}: năm sinh phải từ {earliest} đến {latest}.",
            $"The age at reception must be 0 to {maxAge}: the birth year must be {earliest} to {latest}.");

    public static CommandError CertificateIssuerRequired() =>
        new("required", "certificateIssuer",
            "Xác định là nạn nhân thì phải ghi cơ quan cấp giấy xác nhận.",
            "Identifying a victim requires the issuer of the certificate.");

    public static CommandError CertificateIssuerNotApplicable() =>
        new("notApplicable", "certificateIssuer",
            "Không phải nạn nhân thì không có giấy xác nhận nạn nhân.",
            "A person who is not a victim has no victim certificate.");

    public static CommandError NotAVictim(string field) =>
        new("notAVictim", field,
            "Chỉ nạn nhân đã được xác định mới tái hòa nhập cộng đồng theo chế độ này.",
            "Only an identified victim is recorded as reintegrated.");

    public static CommandError AlreadyAssigned(string userId) =>
        new("duplicate", "officer.userId",
            $"Cán bộ '{userId}' đã được phân công.",
            $"The officer '{userId}' is already assigned.");

    public static CommandError AlreadyDeclined(DateOnly declined) =>
        new("duplicate", "declinedOn",
            $"Việc từ chối trợ giúp pháp lý đã được ghi nhận ngày {Vi(declined)}.",
            $"Declined legal aid was already recorded on {En(declined)}.");

    public static CommandError SameHome(string code) =>
        new("duplicate", "homeUnitCode",
            $"Nơi cư trú đã là '{code}'.",
            $"The home unit is already '{code}'.");

    /// <summary>A step that needs the person's consent of <paramref name="kind"/>, refused while it is not in force.</summary>
    public static CommandError ConsentRequired(ConsentKind kind, DateOnly? withdrawnOn) =>
        new("consentRequired", "consent",
            (withdrawnOn is { } vi ? $"Người này đã rút lại đồng ý {KindVi(kind)} ngày {Vi(vi)}" : $"Người này chưa đồng ý {KindVi(kind)}")
                + ": cần ghi nhận sự đồng ý (Ghi nhận đồng ý) trước khi làm bước này.",
            (withdrawnOn is { } en ? $"This person withdrew their consent {KindEn(kind)} on {En(en)}" : $"This person has not consented {KindEn(kind)}")
                + ": record the consent (Record consent) before this step.");

    public static CommandError AlreadyConsented(ConsentKind kind, DateOnly givenOn) =>
        new("duplicate", "kind",
            $"Người này đã đồng ý {KindVi(kind)} từ ngày {Vi(givenOn)}.",
            $"This person has consented {KindEn(kind)} since {En(givenOn)}.");

    public static CommandError ConsentNotGiven(ConsentKind kind, DateOnly? withdrawnOn) =>
        new("consentNotGiven", "kind",
            withdrawnOn is { } vi
                ? $"Người này đã rút lại đồng ý {KindVi(kind)} ngày {Vi(vi)}; không có gì để rút lại."
                : $"Người này chưa đồng ý {KindVi(kind)}; không có gì để rút lại.",
            withdrawnOn is { } en
                ? $"This person already withdrew their consent {KindEn(kind)} on {En(en)}; there is nothing to withdraw."
                : $"This person has not consented {KindEn(kind)}; there is nothing to withdraw.");

    private static string KindVi(ConsentKind kind) => kind == ConsentKind.Support ? "nhận hỗ trợ" : "chia sẻ thông tin với cơ quan khác";

    private static string KindEn(ConsentKind kind) => kind == ConsentKind.Support ? "to support" : "to sharing their information with other agencies";

    private static string Vi(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string En(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
