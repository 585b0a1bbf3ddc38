using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Commands;
using static AntiTrafficking.GrainInterfaces.Commands.CommandRoles;

namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>
/// The commands of Project 2 (law enforcement): the steps of tips, cases and key areas, peak campaigns and the
/// three-sector statistics.
/// </summary>
public static class Project2Commands
{
    /// <summary>The reason every correction form asks for.</summary>
    public static readonly FormField Reason = new("reason", "Lý do sửa (ví dụ: nhập nhầm, theo văn bản số …)", FieldKind.Text);

    private static readonly FormField Tip = new("target", "Số hiệu tin báo (do cơ quan tiếp nhận đặt)", FieldKind.Text);
    private static readonly FormField Case = new("target", "Số hiệu vụ án", FieldKind.Text);
    private static readonly FormField KeyArea = new("target", "Mã tuyến, địa bàn trọng điểm", FieldKind.Text);
    private static readonly FormField Campaign = new("target", "Mã đợt cao điểm (do cơ quan mở đợt đặt)", FieldKind.Text);
    private static readonly FormField Unit = new("unitCode", "Nơi xảy ra (xã; không rõ xã thì cả huyện)", FieldKind.Place);

    /// <summary>Where tips come from.</summary>
    private static readonly ImmutableArray<FormChoice> Sources =
    [
        new("citizen", "Tin báo của công dân"), new("denunciation", "Tố giác"),
        new("agencyReferral", "Kiến nghị khởi tố của cơ quan, tổ chức"), new("foreignPolice", "Thông báo của công an nước ngoài"),
    ];

    /// <summary>The purposes of trafficking.</summary>
    private static readonly ImmutableArray<FormChoice> Purposes =
    [
        new("marriage", "Hôn nhân"), new("labour", "Cưỡng bức lao động"), new("sexualExploitation", "Bóc lột tình dục"), new("other", "Mục đích khác"),
    ];

    /// <summary>Every command of Project 2, declared once (<see cref="CommandDeclaration"/>).</summary>
    public static ImmutableArray<CommandDeclaration> All { get; } =
    [
        // Any agency, or the district officer of the place, receives a tip; each later step is its agency's. The values of
        // a tip and of a case's opening are corrected by the investigators, who handle both.
        Declare<ReceiveTip>("Tiếp nhận tin báo, tố giác", new("tiếp nhận tin báo", "receive a tip", AgenciesAndDistricts, new([], Every: true)))
            .Record<ITipGrain>("/provinces/{code}/tips/{id}/receipt", "Tiếp nhận tin báo, tố giác / Receive a tip",
                (g, c) => g.ReceiveAsync(c), form: new("tiep-nhan-tin-bao", Tip, [
                    new("receivedOn", "Ngày tiếp nhận", FieldKind.Date),
                    Unit,
                    new("source", "Nguồn tin", FieldKind.Choice, Choices: Sources),
                    new("sourceName", "Cơ quan chuyển, thông báo (nếu có)", FieldKind.Text, Required: false),
                ], Shown: "unitCode")),
        Declare<ClassifyTip>("Phân loại tin báo", Investigators("phân loại tin báo", "classify a tip"))
            .Record<ITipGrain>("/provinces/{code}/tips/{id}/classification", "Phân loại tin báo / Classify a tip",
                (g, c) => g.ClassifyAsync(c), form: new("phan-loai-tin-bao", Tip, [
                    new("classifiedOn", "Ngày phân loại", FieldKind.Date),
                    new("classification", "Kết quả phân loại", FieldKind.Choice, Choices:
                    [
                        new("signsOfCrime", "Có dấu hiệu tội phạm"), new("noSigns", "Không có dấu hiệu tội phạm"), new("transferred", "Chuyển cơ quan khác"),
                    ]),
                ])),
        Declare<ConcludeVerification>("Kết luận xác minh tin báo", Investigators("kết luận xác minh", "conclude a verification"))
            .Record<ITipGrain>("/provinces/{code}/tips/{id}/verification", "Kết luận xác minh / Conclude a verification",
                (g, c) => g.ConcludeVerificationAsync(c), form: new("ket-luan-xac-minh-tin-bao", Tip, [
                    new("concludedOn", "Ngày kết luận", FieldKind.Date),
                    new("conclusion", "Kết quả xác minh", FieldKind.Choice, Choices: [new("caseOpened", "Khởi tố vụ án"), new("dismissed", "Không khởi tố")]),
                    new("caseId", "Số hiệu vụ án đã khởi tố (nếu có)", FieldKind.Text, Required: false),
                ])),
        Declare<CorrectTip>("Sửa số liệu tin báo", Investigators("sửa số liệu tin báo", "correct a tip"))
            .Record<ITipGrain>("/provinces/{code}/tips/{id}/corrections", "Sửa số liệu tin báo / Correct a value of a tip",
                (g, c) => g.CorrectAsync(c), form: new("sua-so-lieu-tin-bao", Tip, [
                    new("receivedOn", "Ngày tiếp nhận đúng", FieldKind.Date, Required: false),
                    new("unitCode", "Nơi xảy ra đúng (xã; không rõ xã thì cả huyện)", FieldKind.Place, Required: false),
                    new("source", "Nguồn tin đúng", FieldKind.Choice, Required: false, Choices: Sources),
                    Reason,
                ], Shown: "unitCode")),
        Declare<OpenCase>("Khởi tố vụ án", Investigators("khởi tố vụ án", "open a case"))
            .Record<ICaseGrain>("/provinces/{code}/cases/{id}/opening", "Khởi tố vụ án / Open a case",
                (g, c) => g.OpenAsync(c), form: new("khoi-to-vu-an", Case, [
                    new("openedOn", "Ngày khởi tố", FieldKind.Date),
                    Unit,
                    new("suspects", "Số bị can", FieldKind.Integer),
                    new("form", "Mục đích mua bán người", FieldKind.Choice, Choices: Purposes),
                    new("abroad", "Mua bán ra nước ngoài", FieldKind.Check, Required: false),
                    new("tipId", "Số hiệu tin báo (nếu có)", FieldKind.Text, Required: false),
                ], Shown: "unitCode")),
        Declare<CorrectCase>("Sửa số liệu vụ án", Investigators("sửa số liệu vụ án", "correct a case"))
            .Record<ICaseGrain>("/provinces/{code}/cases/{id}/corrections", "Sửa số liệu vụ án / Correct a value of a case",
                (g, c) => g.CorrectAsync(c), form: new("sua-so-lieu-vu-an", Case, [
                    new("openedOn", "Ngày khởi tố đúng", FieldKind.Date, Required: false),
                    new("unitCode", "Nơi xảy ra đúng (xã; không rõ xã thì cả huyện)", FieldKind.Place, Required: false),
                    new("suspects", "Số bị can đúng", FieldKind.Integer, Required: false),
                    new("form", "Mục đích mua bán người đúng", FieldKind.Choice, Required: false, Choices: Purposes),
                    new("abroad", "Mua bán ra nước ngoài (đúng)", FieldKind.Choice, Required: false,
                        Choices: [new("true", "Có — ra nước ngoài"), new("false", "Không — trong nước")]),
                    Reason,
                ], Shown: "unitCode")),
        Declare<RecordInvestigation>("Kết quả điều tra", Investigators("ghi nhận kết quả điều tra", "record investigation results"))
            .Record<ICaseGrain>("/provinces/{code}/cases/{id}/investigations", "Kết quả điều tra / Investigation results",
                (g, c) => g.RecordInvestigationAsync(c), form: new("ket-qua-dieu-tra", Case, [
                    new("recordedOn", "Ngày ghi nhận", FieldKind.Date),
                    new("suspectsArrested", "Số đối tượng bị bắt", FieldKind.Integer),
                    new("victimsRescued", "Số nạn nhân được giải cứu", FieldKind.Integer),
                    new("specialProject", "Xác lập chuyên án", FieldKind.Check, Required: false),
                ])),
        Declare<ProsecuteCase>("Truy tố (chuyển hồ sơ sang Tòa án)",
                new("truy tố vụ án", "send a case to court", AgencyOfficers, AgencySet.Of(AgencyRoles.Prosecutors)))
            .Record<ICaseGrain>("/provinces/{code}/cases/{id}/prosecution", "Truy tố / Send to court",
                (g, c) => g.ProsecuteAsync(c), form: new("truy-to", Case, [new("sentToCourtOn", "Ngày chuyển Tòa án", FieldKind.Date), new("suspectsProsecuted", "Số bị can bị truy tố", FieldKind.Integer)])),
        Declare<RecordTrial>("Xét xử sơ thẩm", Courts("xét xử", "try a case"))
            .Record<ICaseGrain>("/provinces/{code}/cases/{id}/trials", "Xét xử sơ thẩm / First-instance trial",
                (g, c) => g.RecordTrialAsync(c), form: new("xet-xu-so-tham", Case, [
                    new("triedOn", "Ngày xét xử", FieldKind.Date),
                    new("verdict", "Phán quyết", FieldKind.Choice, Choices: [new("convicted", "Có tội"), new("acquitted", "Tuyên không phạm tội")]),
                    new("peopleConvicted", "Số người bị kết án", FieldKind.Integer),
                    new("mobile", "Xét xử lưu động", FieldKind.Check, Required: false),
                ])),
        Declare<RecordJudgmentInForce>("Bản án có hiệu lực pháp luật", Courts("ghi nhận bản án có hiệu lực", "record a judgment in force"))
            .Record<ICaseGrain>("/provinces/{code}/cases/{id}/judgment-in-force", "Bản án có hiệu lực / Judgment in force",
                (g, c) => g.RecordJudgmentInForceAsync(c), form: new("ban-an-co-hieu-luc", Case, [new("inForceOn", "Ngày có hiệu lực", FieldKind.Date)])),
        Declare<RecordAppealJudgment>("Xét xử phúc thẩm", Courts("xét xử phúc thẩm", "decide an appeal"))
            .Record<ICaseGrain>("/provinces/{code}/cases/{id}/appeal-judgments", "Xét xử phúc thẩm / Appellate judgment",
                (g, c) => g.RecordAppealJudgmentAsync(c), form: new("xet-xu-phuc-tham", Case, [
                    new("decidedOn", "Ngày xét xử phúc thẩm", FieldKind.Date),
                    new("outcome", "Quyết định phúc thẩm", FieldKind.Choice, Choices:
                    [
                        new("upheld", "Giữ nguyên bản án sơ thẩm"), new("amended", "Sửa bản án sơ thẩm"), new("setAside", "Hủy bản án sơ thẩm để xét xử lại"),
                    ]),
                ])),
        Declare<OverturnJudgment>("Giám đốc thẩm, tái thẩm", Courts("hủy bản án có hiệu lực", "overturn a judgment in force"))
            .Record<ICaseGrain>("/provinces/{code}/cases/{id}/overturnings", "Giám đốc thẩm, tái thẩm / Overturn a judgment in force",
                (g, c) => g.OverturnJudgmentAsync(c), form: new("giam-doc-tham-tai-tham", Case, [
                    new("overturnedOn", "Ngày quyết định giám đốc thẩm, tái thẩm", FieldKind.Date),
                    new("wrongful", "Bản án đã kết án oan sai", FieldKind.Check, Required: false),
                    new("retrialOrdered", "Giao xét xử sơ thẩm lại", FieldKind.Check, Required: false),
                ])),
        Declare<DesignateKeyArea>("Xác định tuyến, địa bàn trọng điểm", Investigators("xác định tuyến, địa bàn trọng điểm", "designate a key area"))
            .Record<IKeyAreaGrain>("/provinces/{code}/key-areas/{id}/designation", "Xác định tuyến, địa bàn trọng điểm / Designate a key area",
                (g, c) => g.DesignateAsync(c), form: new("tuyen-dia-ban-trong-diem", KeyArea, [
                    new("designatedOn", "Ngày xác định", FieldKind.Date),
                    new("unitCode", "Thuộc xã, hoặc cả huyện", FieldKind.Place),
                    new("kind", "Loại", FieldKind.Choice, Choices: [new("route", "Tuyến trọng điểm"), new("area", "Địa bàn trọng điểm")]),
                    new("name", "Tên tuyến, địa bàn", FieldKind.Text),
                ], Shown: "unitCode")),
        Declare<RecordKeyAreaMeasure>("Áp dụng biện pháp nghiệp vụ tại tuyến, địa bàn trọng điểm",
                Investigators("áp dụng biện pháp nghiệp vụ", "apply a measure"))
            .Record<IKeyAreaGrain>("/provinces/{code}/key-areas/{id}/measures", "Áp dụng biện pháp nghiệp vụ / Apply a measure",
                (g, c) => g.RecordMeasureAsync(c), form: new("bien-phap-nghiep-vu", KeyArea, [new("appliedOn", "Ngày áp dụng", FieldKind.Date), new("description", "Biện pháp đã áp dụng", FieldKind.Text)])),
        Declare<PlanCampaign>("Mở đợt cao điểm", Investigators("mở đợt cao điểm", "set up a peak campaign"))
            .Record<ICampaignGrain>("/provinces/{code}/campaigns/{id}/plan", "Mở đợt cao điểm / Set up a peak campaign",
                (g, c) => g.PlanAsync(c), form: new("mo-dot-cao-diem", Campaign, [
                    new("name", "Tên đợt cao điểm", FieldKind.Text),
                    new("startsOn", "Ngày bắt đầu", FieldKind.Date),
                    new("endsOn", "Ngày kết thúc", FieldKind.Date),
                    new("districtCodes", "Các huyện thực hiện", FieldKind.Districts),
                ])),
        Declare<RecordCampaignResult>("Kết quả đợt cao điểm", Investigators("ghi nhận kết quả đợt cao điểm", "record campaign results"))
            .Record<ICampaignGrain>("/provinces/{code}/campaigns/{id}/results", "Kết quả đợt cao điểm / Campaign results",
                (g, c) => g.RecordResultAsync(c), form: new("ket-qua-dot-cao-diem", Campaign, [
                    new("result.districtCode", "Huyện thực hiện", FieldKind.District),
                    new("result.recordedOn", "Ngày ghi nhận kết quả", FieldKind.Date),
                    new("result.arrests", "Số đối tượng bị bắt", FieldKind.Integer),
                    new("result.casesDetected", "Số vụ việc phát hiện", FieldKind.Integer),
                ], Shown: "result.districtCode")),
        // A tip is referred by an officer of an agency that has it, and answered by the agency referred to (the grain checks both).
        Declare<ReferTip>("Chuyển tin báo đến cơ quan khác", new("chuyển tin báo", "refer a tip", AgencyOfficers, new([], Every: true)))
            .Record<ITipGrain>("/provinces/{code}/tips/{id}/referrals", "Chuyển tin báo đến cơ quan khác / Refer a tip to another agency",
                (g, c) => g.ReferAsync(c)),
        Declare<AcceptTipReferral>("Nhận tin báo được chuyển đến",
                new("nhận tin báo được chuyển đến", "accept a referred tip", AgencyOfficers, new([], Every: true)))
            .Record<ITipGrain>("/provinces/{code}/tips/{id}/referrals/acceptance", "Nhận tin báo được chuyển đến / Accept a referred tip",
                (g, c) => g.AcceptReferralAsync(c)),
        Declare<DeclineTipReferral>("Từ chối tin báo được chuyển đến",
                new("từ chối tin báo được chuyển đến", "decline a referred tip", AgencyOfficers, new([], Every: true)))
            .Record<ITipGrain>("/provinces/{code}/tips/{id}/referrals/refusal", "Từ chối tin báo được chuyển đến / Decline a referred tip",
                (g, c) => g.DeclineReferralAsync(c)),
        Declare<SubmitSectorStatistics>("Nộp số liệu thống kê liên ngành",
                new("nộp số liệu thống kê liên ngành", "submit joint crime statistics", AgencyOfficers, AgencySet.Of(AgencyRoles.ThreeSectors)))
            .Period<IThreeSectorStatisticsGrain>("/provinces/{code}/three-sector-statistics/{period}/submissions", "Nộp số liệu thống kê liên ngành / Submit joint crime statistics",
                (g, c) => g.SubmitAsync(c), form: new("thong-ke-lien-nganh", new FormField("target", "Kỳ thống kê (năm 2013, 6 tháng 2013-H1, quý 2013-Q2)", FieldKind.Text), [
                    new("counts.casesOpened", "Số vụ khởi tố", FieldKind.Integer, Required: false),
                    new("counts.casesProsecuted", "Số vụ truy tố", FieldKind.Integer, Required: false),
                    new("counts.suspectsProsecuted", "Số bị can bị truy tố", FieldKind.Integer, Required: false),
                    new("counts.casesTried", "Số vụ xét xử sơ thẩm", FieldKind.Integer, Required: false),
                    new("counts.peopleConvicted", "Số bị cáo bị kết án", FieldKind.Integer, Required: false),
                ], Title: "Số liệu thống kê liên ngành của Công an, Viện kiểm sát, Tòa án")),
    ];

    private static CommandDeclaration<T> Declare<T>(string label, Permission permission)
        where T : class, ICommand => CommandDeclaration.Of<T>(CommandGroup.Enforcement, label, permission);

    private static Permission Investigators(string vi, string en) => new(vi, en, AgencyOfficers, AgencySet.Of(AgencyRoles.Investigators));

    private static Permission Courts(string vi, string en) => new(vi, en, AgencyOfficers, AgencySet.Of(AgencyRoles.Courts));
}
