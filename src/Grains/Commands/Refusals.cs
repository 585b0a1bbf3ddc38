using System.Globalization;
using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.Grains.Commands;

/// <summary>Every refusal a command can meet, in Vietnamese and English, naming the field at fault.</summary>
internal static class Refusals
{
    public static CommandError Required(string field) =>
        new("required", field, $"Trường '{field}' là bắt buộc.", $"The field '{field}' is required.");

    public static CommandError UnknownUnit(string code) =>
        new("unknownUnit", "unitCode", $"Không có đơn vị hành chính mã '{code}'.", $"There is no administrative unit with code '{code}'.");

    public static CommandError UnknownAgency(string code) =>
        new("unknownAgency", "actor.agencyCode", $"Không có cơ quan mã '{code}' trong tỉnh.", $"There is no agency with code '{code}' in the province.");

    public static CommandError DateInFuture(string field, DateOnly date, DateOnly today) =>
        new("dateInFuture", field,
            $"Ngày {Vi(date)} ở tương lai (hôm nay là {Vi(today)}).",
            $"The date {En(date)} is in the future (today is {En(today)}).");

    public static CommandError DateBeforeProgram(string field, DateOnly date, DateOnly first) =>
        new("dateBeforeProgram", field,
            $"Ngày {Vi(date)} trước khi chương trình bắt đầu ghi nhận ({Vi(first)}).",
            $"The date {En(date)} is before the program's records begin ({En(first)}).");

    public static CommandError Negative(string field) =>
        new("negative", field, $"Trường '{field}' không được âm.", $"The field '{field}' must not be negative.");

    public static CommandError NotPositive(string field) =>
        new("notPositive", field, $"Trường '{field}' phải lớn hơn 0.", $"The field '{field}' must be greater than 0.");

    public static CommandError TooLarge(string field, long max) =>
        new("tooLarge", field,
            $"'{field}' không được lớn hơn {max.ToString("N0", Vietnamese)}: hãy kiểm tra lại số đã nhập.",
            $"'{field}' must not be greater than {max.ToString("N0", CultureInfo.InvariantCulture)}: check the figure entered.");

    public static CommandError Exceeds(string field, string limitField) =>
        new("exceeds", field,
            $"'{field}' không được lớn hơn '{limitField}'.",
            $"'{field}' must not be greater than '{limitField}'.");

    public static CommandError AlreadyActive(string personId) =>
        new("alreadyRegistered", "personId",
            $"Người có mã '{personId}' đã được đăng ký và đang hoạt động.",
            $"The person '{personId}' is already registered and active.");

    public static CommandError NotActive(string personId) =>
        new("notActive", "personId",
            $"Người có mã '{personId}' không đang hoạt động.",
            $"The person '{personId}' is not currently active.");

    public static CommandError NotAfter(string field, DateOnly date, DateOnly previous) =>
        new("dateOutOfOrder", field,
            $"Ngày {Vi(date)} phải sau ngày {Vi(previous)} của bước trước.",
            $"The date {En(date)} must be after {En(previous)}, the date of the previous step.");

    public static CommandError UnknownDocument(string code) =>
        new("unknownDocument", "documentCode",
            $"Văn bản '{code}' không có trong danh mục văn bản QPPL của chương trình.",
            $"The document '{code}' is not in the program's legal-document catalog.");

    public static CommandError BeforeIssue(string field, DateOnly date, DateOnly issued) =>
        new("beforeIssue", field,
            $"Ngày {Vi(date)} trước ngày ban hành văn bản ({Vi(issued)}).",
            $"The date {En(date)} is before the document was issued ({En(issued)}).");

    public static CommandError UnknownMaterialKind(string kind, IEnumerable<string> kinds) =>
        new("unknownMaterialKind", "materialKind",
            $"Loại tài liệu '{kind}' không hợp lệ; các loại: {string.Join(", ", kinds)}.",
            $"The material kind '{kind}' is not valid; kinds: {string.Join(", ", kinds)}.");

    public static CommandError Duplicate(string field, string value) =>
        new("duplicate", field, $"'{value}' đã được ghi nhận trước đó.", $"'{value}' has already been recorded.");

    public static CommandError IdempotencyKeyReused() =>
        new("idempotencyKeyReused", "idempotencyKey",
            "Khóa chống trùng (idempotencyKey) này đã được dùng cho một lệnh khác; lệnh mới không được ghi nhận, hãy dùng khóa mới.",
            "This idempotency key was already used for a different command; the new one was not recorded: use a new key.");

    public static CommandError UnknownGuidance(string code) =>
        new("unknownGuidance", "guidanceCode",
            $"Văn bản hướng dẫn '{code}' không có trong danh sách phải ban hành.",
            $"The guidance document '{code}' is not in the list of required documents.");

    public static CommandError AlreadyIssued(string code) =>
        new("alreadyIssued", "guidanceCode",
            $"Văn bản hướng dẫn '{code}' đã được ban hành.",
            $"The guidance document '{code}' has already been issued.");

    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static string Vi(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    private static string En(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
