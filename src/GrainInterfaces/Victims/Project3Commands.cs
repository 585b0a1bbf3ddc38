using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using static AntiTrafficking.GrainInterfaces.Commands.CommandRoles;

namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>
/// The commands of Project 3 (returning persons): a received person's record, from reception to closure, through the
/// agencies that do each step (<see cref="VictimRoles"/>).
/// </summary>
public static class Project3Commands
{
    /// <summary>Places of reception, also the keys of the output by place.</summary>
    public static readonly ImmutableArray<FormChoice> Places =
    [
        new("mongCai", "Cửa khẩu quốc tế Móng Cái"), new("hoanhMo", "Cửa khẩu Hoành Mô"), new("bacPhongSinh", "Cửa khẩu Bắc Phong Sinh"),
        new("other", "Nơi khác"),
    ];

    /// <summary>How persons returned, also the keys of the output by return.</summary>
    public static readonly ImmutableArray<FormChoice> Returns =
        [new("selfReturned", "Tự trở về"), new("rescued", "Được giải cứu"), new("handedOver", "Được phía nước ngoài trao trả")];

    /// <summary>Sexes, also the keys of the output by sex.</summary>
    public static readonly ImmutableArray<FormChoice> Sexes = [new("female", "Nữ"), new("male", "Nam")];

    /// <summary>Support regimes, also the keys of the output by support kind.</summary>
    public static readonly ImmutableArray<FormChoice> SupportKinds =
    [
        new("essentialNeeds", "Nhu cầu thiết yếu"), new("travel", "Chi phí đi lại"), new("medical", "Hỗ trợ y tế"),
        new("psychological", "Hỗ trợ tâm lý"), new("legalAid", "Trợ giúp pháp lý miễn phí"), new("schooling", "Hỗ trợ học văn hóa"),
        new("vocationalTraining", "Học nghề"), new("hardshipAllowance", "Trợ cấp khó khăn ban đầu"), new("loan", "Hỗ trợ vay vốn"),
    ];

    /// <summary>Protection measures, also the keys of the output by measure.</summary>
    public static readonly ImmutableArray<FormChoice> ProtectionMeasures =
    [
        new("safety", "Bảo vệ an toàn"), new("relocation", "Thay đổi nơi cư trú"), new("confidentiality", "Giữ bí mật thông tin"),
        new("honourAndDignity", "Bảo vệ danh dự, nhân phẩm"), new("other", "Biện pháp khác"),
    ];

    /// <summary>The countries persons return from (ISO 3166-1 alpha-2 codes, as the command takes them).</summary>
    public static readonly ImmutableArray<FormChoice> Countries =
    [
        new("CN", "Trung Quốc"), new("LA", "Lào"), new("KH", "Campuchia"), new("TH", "Thái Lan"), new("MY", "Malaysia"),
        new("KR", "Hàn Quốc"), new("TW", "Đài Loan (Trung Quốc)"),
    ];

    /// <summary>What a person consents to.</summary>
    private static readonly ImmutableArray<FormChoice> ConsentKinds = [new("support", "Nhận hỗ trợ"), new("dataSharing", "Chia sẻ thông tin với cơ quan khác")];

    private static readonly FormField Person = new("target", "Mã hồ sơ người được tiếp nhận (mã do cơ quan đặt, không phải họ tên)", FieldKind.Text);

    /// <summary>Every command of Project 3, declared once (<see cref="CommandDeclaration"/>).</summary>
    public static ImmutableArray<CommandDeclaration> All { get; } =
    [
        // Officers and case workers of the agencies doing each step; reception values are corrected by the receivers.
        Declare<ReceivePerson>("Tiếp nhận người trở về", Victims("tiếp nhận người trở về", "receive a person", VictimRoles.Receivers))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/reception", "Tiếp nhận người trở về / Receive a returning person",
                (g, c) => g.ReceiveAsync(c), form: new("tiep-nhan-nguoi-tro-ve", Person, [
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
                ], Shown: "homeUnitCode")),
        Declare<StartVerification>("Bắt đầu xác minh", Victims("xác minh", "verify a person", VictimRoles.Verifiers))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/verification", "Bắt đầu xác minh / Start the verification",
                (g, c) => g.StartVerificationAsync(c), form: new("bat-dau-xac-minh", Person, [new("startedOn", "Ngày bắt đầu xác minh", FieldKind.Date)])),
        Declare<ConcludeIdentification>("Kết luận xác minh, xác định nạn nhân",
                Victims("xác định nạn nhân", "identify a victim", VictimRoles.Verifiers))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/identification", "Kết luận xác minh, xác định nạn nhân / Conclude the verification",
                (g, c) => g.ConcludeIdentificationAsync(c), form: new("xac-dinh-nan-nhan", Person, [
                    new("concludedOn", "Ngày kết luận", FieldKind.Date),
                    new("outcome", "Kết luận", FieldKind.Choice, Choices: [new("victim", "Là nạn nhân"), new("notVictim", "Không phải nạn nhân")]),
                    new("certificateIssuer", "Cơ quan cấp giấy xác nhận nạn nhân", FieldKind.Text, Required: false),
                ])),
        // Consent is taken and withdrawn where the person is supported: by any support provider (the receivers are among them).
        Declare<GiveConsent>("Ghi nhận đồng ý của người được tiếp nhận", Victims("ghi nhận đồng ý", "record consent", VictimRoles.Providers))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/consent", "Ghi nhận đồng ý (nhận hỗ trợ, chia sẻ thông tin) / Record consent",
                (g, c) => g.GiveConsentAsync(c), form: new("ghi-nhan-dong-y", Person, [
                    new("kind", "Đồng ý", FieldKind.Choice, Choices: ConsentKinds),
                    new("givenOn", "Ngày đồng ý", FieldKind.Date),
                    new("note", "Hình thức đồng ý (ví dụ: ký biên bản)", FieldKind.Text, Required: false),
                ], Title: "Ghi nhận đồng ý")),
        Declare<WithdrawConsent>("Ghi nhận rút lại đồng ý",
                Victims("ghi nhận rút lại đồng ý", "record a withdrawal of consent", VictimRoles.Providers))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/consent-withdrawal", "Rút lại đồng ý / Record a withdrawal of consent",
                (g, c) => g.WithdrawConsentAsync(c), form: new("rut-lai-dong-y", Person, [
                    new("kind", "Rút lại đồng ý", FieldKind.Choice, Choices: ConsentKinds),
                    new("withdrawnOn", "Ngày rút lại", FieldKind.Date),
                    new("reason", "Lý do (nếu người đó nêu; không ghi thông tin cá nhân)", FieldKind.Text, Required: false),
                ], Title: "Rút lại đồng ý")),
        Declare<RecordSupport>("Hỗ trợ nạn nhân", Victims("ghi nhận hỗ trợ", "record support", VictimRoles.Providers))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/support", "Hỗ trợ nạn nhân / Record a support service",
                (g, c) => g.RecordSupportAsync(c), form: new("ho-tro-nan-nhan", Person, [
                    new("kind", "Chế độ hỗ trợ", FieldKind.Choice, Choices: SupportKinds),
                    new("providedOn", "Ngày hỗ trợ", FieldKind.Date),
                    new("provider", "Đơn vị hỗ trợ", FieldKind.Text),
                ])),
        Declare<DeclineLegalAid>("Nạn nhân từ chối trợ giúp pháp lý",
                Victims("ghi nhận từ chối trợ giúp pháp lý", "record declined legal aid", VictimRoles.Providers))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/legal-aid-declined", "Từ chối trợ giúp pháp lý / Legal aid declined",
                (g, c) => g.DeclineLegalAidAsync(c), form: new("tu-choi-tro-giup-phap-ly", Person, [new("declinedOn", "Ngày từ chối", FieldKind.Date)])),
        Declare<ApplyProtection>("Áp dụng biện pháp bảo vệ",
                Victims("áp dụng biện pháp bảo vệ", "apply a protection measure", VictimRoles.Protectors))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/protection", "Biện pháp bảo vệ / Apply a protection measure",
                (g, c) => g.ApplyProtectionAsync(c), form: new("bien-phap-bao-ve", Person, [
                    new("measure", "Biện pháp", FieldKind.Choice, Choices: ProtectionMeasures),
                    new("appliedOn", "Ngày áp dụng", FieldKind.Date),
                ])),
        Declare<ChangeHome>("Sửa nơi cư trú", Victims("sửa nơi cư trú", "change the home unit", VictimRoles.Protectors))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/home", "Sửa nơi cư trú / Correct the home unit",
                (g, c) => g.ChangeHomeAsync(c), form: new("sua-noi-cu-tru", Person, [
                    new("homeUnitCode", "Nơi cư trú đúng (xã; không rõ xã thì cả huyện)", FieldKind.Place),
                    new("changedOn", "Ngày sửa", FieldKind.Date),
                ], Shown: "homeUnitCode")),
        Declare<CorrectPerson>("Sửa số liệu tiếp nhận", Victims("sửa số liệu tiếp nhận", "correct a reception value", VictimRoles.Receivers))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/corrections", "Sửa số liệu tiếp nhận / Correct a value recorded at reception",
                (g, c) => g.CorrectAsync(c), form: new("sua-so-lieu-tiep-nhan", Person, [
                    new("receivedOn", "Ngày tiếp nhận đúng", FieldKind.Date, Required: false),
                    new("birthYear", "Năm sinh đúng", FieldKind.Integer, Required: false, Personal: true),
                    new("sex", "Giới tính đúng", FieldKind.Choice, Required: false, Choices: Sexes),
                    new("countryCode", "Trở về từ nước (đúng)", FieldKind.Choice, Required: false, Choices: Countries),
                    new("place", "Nơi tiếp nhận đúng", FieldKind.Choice, Required: false, Choices: Places),
                    new("howReturned", "Hình thức trở về đúng", FieldKind.Choice, Required: false, Choices: Returns),
                    Project2Commands.Reason,
                ])),
        Declare<AssignOfficer>("Phân công cán bộ theo dõi", Victims("phân công cán bộ", "assign an officer", VictimRoles.Lead))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/officers", "Phân công cán bộ / Assign an officer",
                (g, c) => g.AssignOfficerAsync(c), form: new("phan-cong-can-bo", Person, [
                    new("officer.userId", "Mã cán bộ được phân công", FieldKind.Text),
                    new("officer.agencyCode", "Cơ quan của cán bộ", FieldKind.Agency),
                    new("assignedOn", "Ngày phân công", FieldKind.Date),
                ])),
        Declare<CloseRecord>("Đóng hồ sơ", Victims("đóng hồ sơ", "close the record", VictimRoles.Lead))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/closure", "Đóng hồ sơ / Close the record",
                (g, c) => g.CloseAsync(c), form: new("dong-ho-so", Person, [new("closedOn", "Ngày đóng hồ sơ", FieldKind.Date), new("reintegrated", "Đã tái hòa nhập cộng đồng", FieldKind.Check, Required: false)])),
        // Referrals between the case-working agencies: the grain checks that the referring one has the record and that
        // only the one referred to answers.
        Declare<ReferPerson>("Chuyển hồ sơ đến cơ quan khác",
                Victims("chuyển hồ sơ người được tiếp nhận", "refer a received person", VictimRoles.CaseWorkers))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/referrals", "Chuyển hồ sơ đến cơ quan khác / Refer the person to another agency",
                (g, c) => g.ReferAsync(c)),
        Declare<AcceptPersonReferral>("Nhận hồ sơ được chuyển đến",
                Victims("nhận hồ sơ được chuyển đến", "accept a referred person", VictimRoles.CaseWorkers))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/referrals/acceptance", "Nhận hồ sơ được chuyển đến / Accept a referred person",
                (g, c) => g.AcceptReferralAsync(c)),
        Declare<DeclinePersonReferral>("Từ chối hồ sơ được chuyển đến",
                Victims("từ chối hồ sơ được chuyển đến", "decline a referred person", VictimRoles.CaseWorkers))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/referrals/refusal", "Từ chối hồ sơ được chuyển đến / Decline a referred person",
                (g, c) => g.DeclineReferralAsync(c)),
    ];

    private static CommandDeclaration<T> Declare<T>(string label, Permission permission)
        where T : class, ICommand => CommandDeclaration.Of<T>(CommandGroup.Victims, label, permission);

    private static Permission Victims(string vi, string en, IEnumerable<string> agencies) => new(vi, en, VictimAgencies, AgencySet.Of(agencies));
}
