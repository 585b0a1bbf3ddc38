using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.Indicators;

namespace AntiTrafficking.WebFrontend.DataEntry;

/// <summary>The forms of Project 1 (communication): communes, districts and the program's catalog.</summary>
internal static class Project1Forms
{
    private static readonly FormField Commune = new("target", "Xã, phường, thị trấn", FieldKind.Commune);
    private static readonly FormField District = new("target", "Huyện, thị xã, thành phố", FieldKind.District);

    /// <summary>The material kinds, also the keys of the materials output.</summary>
    public static readonly IReadOnlyList<FormChoice> Materials =
    [
        new(MaterialKinds.Banner, "Băng rôn"), new(MaterialKinds.Slogan, "Khẩu hiệu"), new(MaterialKinds.Leaflet, "Tờ gấp"),
        new(MaterialKinds.Poster, "Tranh cổ động"), new(MaterialKinds.Handbook, "Sổ tay"), new(MaterialKinds.QaBook, "Sách hỏi đáp"),
        new(MaterialKinds.Other, "Tài liệu khác"),
    ];

    public static IEnumerable<EntryForm> All(string programCode)
    {
        var program = new FormField("target", "Mã chương trình", FieldKind.Text, Default: programCode);
        yield return EntryForm.ToUnit<RecordDelivery>(
            "cap-phat-tai-lieu", Commune,
            [
                new("documentCode", "Số hiệu văn bản QPPL (trong danh mục)", FieldKind.Text),
                new("materialKind", "Loại tài liệu", FieldKind.Choice, Choices: Materials),
                new("quantity", "Số lượng", FieldKind.Integer),
                new("deliveredOn", "Ngày cấp phát", FieldKind.Date),
            ],
            i => new RecordDelivery(i.Key, i.Actor, i.Text("documentCode"), i.Text("materialKind"), i.Integer("quantity"), i.Date("deliveredOn")),
            showTarget: true);
        yield return EntryForm.ToUnit<RecordSurvey>(
            "khao-sat-nhan-thuc", Commune,
            [
                new("surveyId", "Mã đợt khảo sát", FieldKind.Text),
                new("conductedOn", "Ngày khảo sát", FieldKind.Date),
                new("respondents", "Số người được hỏi", FieldKind.Integer),
                new("aware", "Số người hiểu biết", FieldKind.Integer),
            ],
            i => new RecordSurvey(i.Key, i.Actor, i.Text("surveyId"), i.Date("conductedOn"), i.Integer("respondents"), i.Integer("aware")),
            showTarget: true);
        yield return EntryForm.ToUnit<RecordOfficials>(
            "can-bo-chuyen-trach", Commune,
            [
                new("asOf", "Tính đến ngày", FieldKind.Date),
                new("total", "Số cán bộ chuyên trách", FieldKind.Integer),
                new("trained", "Số đã được tập huấn", FieldKind.Integer),
            ],
            i => new RecordOfficials(i.Key, i.Actor, i.Date("asOf"), i.Integer("total"), i.Integer("trained")),
            showTarget: true);
        yield return EntryForm.ToUnit<RegisterPerson>(
            "tuyen-truyen-vien", Commune,
            [new("personId", "Mã tuyên truyền viên (số danh sách, không phải họ tên)", FieldKind.Text), new("registeredOn", "Ngày bắt đầu", FieldKind.Date)],
            i => new RegisterPerson(i.Key, i.Actor, i.Text("personId"), i.Date("registeredOn")),
            showTarget: true);
        yield return EntryForm.ToUnit<DeactivatePerson>(
            "tuyen-truyen-vien-thoi", Commune,
            [new("personId", "Mã tuyên truyền viên (số danh sách, không phải họ tên)", FieldKind.Text), new("deactivatedOn", "Ngày thôi", FieldKind.Date)],
            i => new DeactivatePerson(i.Key, i.Actor, i.Text("personId"), i.Date("deactivatedOn")),
            showTarget: true);
        yield return EntryForm.ToUnit<RegisterPerson>(
            "bao-cao-vien", District,
            [new("personId", "Mã báo cáo viên (số danh sách, không phải họ tên)", FieldKind.Text), new("registeredOn", "Ngày bắt đầu", FieldKind.Date)],
            i => new RegisterPerson(i.Key, i.Actor, i.Text("personId"), i.Date("registeredOn")),
            showTarget: true);
        yield return EntryForm.ToUnit<DeactivatePerson>(
            "bao-cao-vien-thoi", District,
            [new("personId", "Mã báo cáo viên (số danh sách, không phải họ tên)", FieldKind.Text), new("deactivatedOn", "Ngày thôi", FieldKind.Date)],
            i => new DeactivatePerson(i.Key, i.Actor, i.Text("personId"), i.Date("deactivatedOn")),
            showTarget: true);
        yield return EntryForm.ToUnit<RegisterLegalDocument>(
            "van-ban-qppl", program,
            [
                new("documentCode", "Số hiệu văn bản", FieldKind.Text),
                new("title", "Tên văn bản", FieldKind.Text),
                new("issuedOn", "Ngày ban hành", FieldKind.Date),
            ],
            i => new RegisterLegalDocument(i.Key, i.Actor, i.Text("documentCode"), i.Text("title"), i.Date("issuedOn")),
            showTarget: false);
        yield return EntryForm.ToUnit<RequireGuidance>(
            "van-ban-huong-dan", program,
            [
                new("guidanceCode", "Mã văn bản hướng dẫn", FieldKind.Text),
                new("title", "Nội dung cần hướng dẫn", FieldKind.Text),
                new("responsibleAgency", "Cơ quan chủ trì ban hành", FieldKind.Agency),
            ],
            i => new RequireGuidance(i.Key, i.Actor, i.Text("guidanceCode"), i.Text("title"), i.Text("responsibleAgency").ToUpperInvariant()),
            showTarget: false);
        yield return EntryForm.ToUnit<IssueGuidance>(
            "ban-hanh-huong-dan", program,
            [
                new("guidanceCode", "Mã văn bản hướng dẫn", FieldKind.Text),
                new("documentNumber", "Số văn bản đã ban hành", FieldKind.Text),
                new("issuedOn", "Ngày ban hành", FieldKind.Date),
            ],
            i => new IssueGuidance(i.Key, i.Actor, i.Text("guidanceCode"), i.Text("documentNumber"), i.Date("issuedOn")),
            showTarget: false);
    }
}
