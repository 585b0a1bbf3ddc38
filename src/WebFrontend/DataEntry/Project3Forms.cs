using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Victims;

namespace AntiTrafficking.WebFrontend.DataEntry;

/// <summary>The forms of Project 3 (victims): reception, identification, support and protection of a received person.</summary>
internal static class Project3Forms
{
    /// <summary>Places of reception, also the keys of the output by place.</summary>
    public static readonly IReadOnlyList<FormChoice> Places =
    [
        new("mongCai", "Cửa khẩu quốc tế Móng Cái"), new("hoanhMo", "Cửa khẩu Hoành Mô"), new("bacPhongSinh", "Cửa khẩu Bắc Phong Sinh"),
        new("other", "Nơi khác"),
    ];

    /// <summary>How persons returned, also the keys of the output by return.</summary>
    public static readonly IReadOnlyList<FormChoice> Returns =
        [new("selfReturned", "Tự trở về"), new("rescued", "Được giải cứu"), new("handedOver", "Được phía nước ngoài trao trả")];

    /// <summary>Sexes, also the keys of the output by sex.</summary>
    public static readonly IReadOnlyList<FormChoice> Sexes = [new("female", "Nữ"), new("male", "Nam")];

    /// <summary>Support regimes, also the keys of the output by support kind.</summary>
    public static readonly IReadOnlyList<FormChoice> SupportKinds =
    [
        new("essentialNeeds", "Nhu cầu thiết yếu"), new("travel", "Chi phí đi lại"), new("medical", "Hỗ trợ y tế"),
        new("psychological", "Hỗ trợ tâm lý"), new("legalAid", "Trợ giúp pháp lý miễn phí"), new("schooling", "Hỗ trợ học văn hóa"),
        new("vocationalTraining", "Học nghề"), new("hardshipAllowance", "Trợ cấp khó khăn ban đầu"), new("loan", "Hỗ trợ vay vốn"),
    ];

    /// <summary>What a person consents to.</summary>
    public static readonly IReadOnlyList<FormChoice> ConsentKinds = [new("support", "Nhận hỗ trợ"), new("dataSharing", "Chia sẻ thông tin với cơ quan khác")];

    /// <summary>Protection measures, also the keys of the output by measure.</summary>
    public static readonly IReadOnlyList<FormChoice> ProtectionMeasures =
    [
        new("safety", "Bảo vệ an toàn"), new("relocation", "Thay đổi nơi cư trú"), new("confidentiality", "Giữ bí mật thông tin"),
        new("honourAndDignity", "Bảo vệ danh dự, nhân phẩm"), new("other", "Biện pháp khác"),
    ];

    /// <summary>The countries persons return from (ISO 3166-1 alpha-2 codes, as the command takes them).</summary>
    public static readonly IReadOnlyList<FormChoice> Countries =
    [
        new("CN", "Trung Quốc"), new("LA", "Lào"), new("KH", "Campuchia"), new("TH", "Thái Lan"), new("MY", "Malaysia"),
        new("KR", "Hàn Quốc"), new("TW", "Đài Loan (Trung Quốc)"),
    ];

    private static readonly FormField Person = new("target", "Mã hồ sơ người được tiếp nhận (mã do cơ quan đặt, không phải họ tên)", FieldKind.Text);

    public static IEnumerable<EntryForm> All()
    {
        yield return EntryForm.ToRecord<ReceivePerson>(
            "tiep-nhan-nguoi-tro-ve", Person,
            [
                new("receivedOn", "Ngày tiếp nhận", FieldKind.Date),
                new("place", "Nơi tiếp nhận", FieldKind.Choice, Choices: Places),
                new("howReturned", "Hình thức trở về", FieldKind.Choice, Choices: Returns),
                new("countryCode", "Trở về từ nước", FieldKind.Choice, Choices: Countries, Default: "CN"),
                new("homeUnitCode", "Nơi cư trú (xã; không rõ xã thì cả huyện)", FieldKind.Place),
                new("sex", "Giới tính", FieldKind.Choice, Choices: Sexes),
                new("birthYear", "Năm sinh", FieldKind.Integer, Personal: true),
                new("personalData.fullName", "Họ và tên", FieldKind.Text, Personal: true),
                new("personalData.identityNumber", "Số CMND/CCCD, hộ chiếu (nếu có)", FieldKind.Text, Required: false, Personal: true),
                new("personalData.address", "Địa chỉ (nếu có)", FieldKind.Text, Required: false, Personal: true),
                new("personalData.contact", "Liên lạc (nếu có)", FieldKind.Text, Required: false, Personal: true),
                new("wantsConfidentiality", "Người được tiếp nhận đề nghị giữ bí mật", FieldKind.Check, Required: false),
                new("consentsToSupport", "Người được tiếp nhận đồng ý nhận hỗ trợ", FieldKind.Check, Required: false),
                new("consentsToDataSharing", "Người được tiếp nhận đồng ý chia sẻ thông tin với cơ quan khác", FieldKind.Check, Required: false),
            ],
            i => new ReceivePerson(
                i.Key, i.Actor, i.Date("receivedOn"), i.Choice<ReceptionPlace>("place"), i.Choice<ReturnMode>("howReturned"),
                i.Text("countryCode").ToUpperInvariant(), i.Text("homeUnitCode"), i.Choice<Sex>("sex"), i.Integer("birthYear"),
                new PersonalData(i.Text("personalData.fullName"), i.OptionalText("personalData.identityNumber"),
                    i.OptionalText("personalData.address"), i.OptionalText("personalData.contact")),
                i.Check("wantsConfidentiality"), i.Check("consentsToSupport"), i.Check("consentsToDataSharing")),
            i => i.Raw("homeUnitCode"));
        yield return EntryForm.ToRecord<StartVerification>(
            "bat-dau-xac-minh", Person,
            [new("startedOn", "Ngày bắt đầu xác minh", FieldKind.Date)],
            i => new StartVerification(i.Key, i.Actor, i.Date("startedOn")));
        yield return EntryForm.ToRecord<ConcludeIdentification>(
            "xac-dinh-nan-nhan", Person,
            [
                new("concludedOn", "Ngày kết luận", FieldKind.Date),
                new("outcome", "Kết luận", FieldKind.Choice, Choices: [new("victim", "Là nạn nhân"), new("notVictim", "Không phải nạn nhân")]),
                new("certificateIssuer", "Cơ quan cấp giấy xác nhận nạn nhân", FieldKind.Text, Required: false),
            ],
            i => new ConcludeIdentification(i.Key, i.Actor, i.Date("concludedOn"), i.Choice<IdentificationOutcome>("outcome"), i.OptionalText("certificateIssuer")));
        yield return EntryForm.ToRecord<GiveConsent>(
            "ghi-nhan-dong-y", Person,
            [
                new("kind", "Đồng ý", FieldKind.Choice, Choices: ConsentKinds),
                new("givenOn", "Ngày đồng ý", FieldKind.Date),
                new("note", "Hình thức đồng ý (ví dụ: ký biên bản)", FieldKind.Text, Required: false),
            ],
            i => new GiveConsent(i.Key, i.Actor, i.Choice<ConsentKind>("kind"), i.Date("givenOn"), i.OptionalText("note")));
        yield return EntryForm.ToRecord<WithdrawConsent>(
            "rut-lai-dong-y", Person,
            [
                new("kind", "Rút lại đồng ý", FieldKind.Choice, Choices: ConsentKinds),
                new("withdrawnOn", "Ngày rút lại", FieldKind.Date),
                new("reason", "Lý do (nếu người đó nêu; không ghi thông tin cá nhân)", FieldKind.Text, Required: false),
            ],
            i => new WithdrawConsent(i.Key, i.Actor, i.Choice<ConsentKind>("kind"), i.Date("withdrawnOn"), i.OptionalText("reason")));
        yield return EntryForm.ToRecord<RecordSupport>(
            "ho-tro-nan-nhan", Person,
            [
                new("kind", "Chế độ hỗ trợ", FieldKind.Choice, Choices: SupportKinds),
                new("providedOn", "Ngày hỗ trợ", FieldKind.Date),
                new("provider", "Đơn vị hỗ trợ", FieldKind.Text),
            ],
            i => new RecordSupport(i.Key, i.Actor, i.Choice<SupportKind>("kind"), i.Date("providedOn"), i.Text("provider")));
        yield return EntryForm.ToRecord<DeclineLegalAid>(
            "tu-choi-tro-giup-phap-ly", Person,
            [new("declinedOn", "Ngày từ chối", FieldKind.Date)],
            i => new DeclineLegalAid(i.Key, i.Actor, i.Date("declinedOn")));
        yield return EntryForm.ToRecord<ApplyProtection>(
            "bien-phap-bao-ve", Person,
            [
                new("measure", "Biện pháp", FieldKind.Choice, Choices: ProtectionMeasures),
                new("appliedOn", "Ngày áp dụng", FieldKind.Date),
            ],
            i => new ApplyProtection(i.Key, i.Actor, i.Choice<ProtectionMeasure>("measure"), i.Date("appliedOn")));
        yield return EntryForm.ToRecord<AssignOfficer>(
            "phan-cong-can-bo", Person,
            [
                new("officer.userId", "Mã cán bộ được phân công", FieldKind.Text),
                new("officer.agencyCode", "Cơ quan của cán bộ", FieldKind.Agency),
                new("assignedOn", "Ngày phân công", FieldKind.Date),
            ],
            i => new AssignOfficer(i.Key, i.Actor, new ActingParty(i.Text("officer.userId"), i.Text("officer.agencyCode").ToUpperInvariant()), i.Date("assignedOn")));
        yield return EntryForm.ToRecord<ChangeHome>(
            "sua-noi-cu-tru", Person,
            [
                new("homeUnitCode", "Nơi cư trú đúng (xã; không rõ xã thì cả huyện)", FieldKind.Place),
                new("changedOn", "Ngày sửa", FieldKind.Date),
            ],
            i => new ChangeHome(i.Key, i.Actor, i.Text("homeUnitCode"), i.Date("changedOn")),
            i => i.Raw("homeUnitCode"));
        yield return EntryForm.ToRecord<CorrectPerson>(
            "sua-so-lieu-tiep-nhan", Person,
            [
                new("receivedOn", "Ngày tiếp nhận đúng", FieldKind.Date, Required: false),
                new("birthYear", "Năm sinh đúng", FieldKind.Integer, Required: false, Personal: true),
                new("sex", "Giới tính đúng", FieldKind.Choice, Required: false, Choices: Sexes),
                new("countryCode", "Trở về từ nước (đúng)", FieldKind.Choice, Required: false, Choices: Countries),
                new("place", "Nơi tiếp nhận đúng", FieldKind.Choice, Required: false, Choices: Places),
                new("howReturned", "Hình thức trở về đúng", FieldKind.Choice, Required: false, Choices: Returns),
                Project2Forms.Reason,
            ],
            i => new CorrectPerson(
                i.Key, i.Actor, i.Text("reason"), i.OptionalDate("receivedOn"), i.OptionalInteger("birthYear"), i.OptionalChoice<Sex>("sex"),
                i.OptionalText("countryCode")?.ToUpperInvariant(), i.OptionalChoice<ReceptionPlace>("place"), i.OptionalChoice<ReturnMode>("howReturned")));
        yield return EntryForm.ToRecord<CloseRecord>(
            "dong-ho-so", Person,
            [new("closedOn", "Ngày đóng hồ sơ", FieldKind.Date), new("reintegrated", "Đã tái hòa nhập cộng đồng", FieldKind.Check, Required: false)],
            i => new CloseRecord(i.Key, i.Actor, i.Date("closedOn"), i.Check("reintegrated")));
    }
}
