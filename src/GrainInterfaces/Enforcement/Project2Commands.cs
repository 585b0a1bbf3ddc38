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
    /// <summary>Every command of Project 2, declared once (<see cref="CommandDeclaration"/>).</summary>
    public static ImmutableArray<CommandDeclaration> All { get; } =
    [
        // Any agency, or the district officer of the place, receives a tip; each later step is its agency's. The values of
        // a tip and of a case's opening are corrected by the investigators, who handle both.
        Declare<ReceiveTip>("Tiếp nhận tin báo, tố giác", new("tiếp nhận tin báo", "receive a tip", AgenciesAndDistricts, new([], Every: true)))
            .Record<ITipGrain>("/provinces/{code}/tips/{id}/receipt", "Tiếp nhận tin báo, tố giác / Receive a tip",
                (g, c) => g.ReceiveAsync(c), form: "tiep-nhan-tin-bao"),
        Declare<ClassifyTip>("Phân loại tin báo", Investigators("phân loại tin báo", "classify a tip"))
            .Record<ITipGrain>("/provinces/{code}/tips/{id}/classification", "Phân loại tin báo / Classify a tip",
                (g, c) => g.ClassifyAsync(c), form: "phan-loai-tin-bao"),
        Declare<ConcludeVerification>("Kết luận xác minh tin báo", Investigators("kết luận xác minh", "conclude a verification"))
            .Record<ITipGrain>("/provinces/{code}/tips/{id}/verification", "Kết luận xác minh / Conclude a verification",
                (g, c) => g.ConcludeVerificationAsync(c), form: "ket-luan-xac-minh-tin-bao"),
        Declare<CorrectTip>("Sửa số liệu tin báo", Investigators("sửa số liệu tin báo", "correct a tip"))
            .Record<ITipGrain>("/provinces/{code}/tips/{id}/corrections", "Sửa số liệu tin báo / Correct a value of a tip",
                (g, c) => g.CorrectAsync(c), form: "sua-so-lieu-tin-bao"),
        Declare<OpenCase>("Khởi tố vụ án", Investigators("khởi tố vụ án", "open a case"))
            .Record<ICaseGrain>("/provinces/{code}/cases/{id}/opening", "Khởi tố vụ án / Open a case",
                (g, c) => g.OpenAsync(c), form: "khoi-to-vu-an"),
        Declare<CorrectCase>("Sửa số liệu vụ án", Investigators("sửa số liệu vụ án", "correct a case"))
            .Record<ICaseGrain>("/provinces/{code}/cases/{id}/corrections", "Sửa số liệu vụ án / Correct a value of a case",
                (g, c) => g.CorrectAsync(c), form: "sua-so-lieu-vu-an"),
        Declare<RecordInvestigation>("Kết quả điều tra", Investigators("ghi nhận kết quả điều tra", "record investigation results"))
            .Record<ICaseGrain>("/provinces/{code}/cases/{id}/investigations", "Kết quả điều tra / Investigation results",
                (g, c) => g.RecordInvestigationAsync(c), form: "ket-qua-dieu-tra"),
        Declare<ProsecuteCase>("Truy tố (chuyển hồ sơ sang Tòa án)",
                new("truy tố vụ án", "send a case to court", AgencyOfficers, AgencySet.Of(AgencyRoles.Prosecutors)))
            .Record<ICaseGrain>("/provinces/{code}/cases/{id}/prosecution", "Truy tố / Send to court",
                (g, c) => g.ProsecuteAsync(c), form: "truy-to"),
        Declare<RecordTrial>("Xét xử sơ thẩm", Courts("xét xử", "try a case"))
            .Record<ICaseGrain>("/provinces/{code}/cases/{id}/trials", "Xét xử sơ thẩm / First-instance trial",
                (g, c) => g.RecordTrialAsync(c), form: "xet-xu-so-tham"),
        Declare<RecordJudgmentInForce>("Bản án có hiệu lực pháp luật", Courts("ghi nhận bản án có hiệu lực", "record a judgment in force"))
            .Record<ICaseGrain>("/provinces/{code}/cases/{id}/judgment-in-force", "Bản án có hiệu lực / Judgment in force",
                (g, c) => g.RecordJudgmentInForceAsync(c), form: "ban-an-co-hieu-luc"),
        Declare<RecordAppealJudgment>("Xét xử phúc thẩm", Courts("xét xử phúc thẩm", "decide an appeal"))
            .Record<ICaseGrain>("/provinces/{code}/cases/{id}/appeal-judgments", "Xét xử phúc thẩm / Appellate judgment",
                (g, c) => g.RecordAppealJudgmentAsync(c), form: "xet-xu-phuc-tham"),
        Declare<OverturnJudgment>("Giám đốc thẩm, tái thẩm", Courts("hủy bản án có hiệu lực", "overturn a judgment in force"))
            .Record<ICaseGrain>("/provinces/{code}/cases/{id}/overturnings", "Giám đốc thẩm, tái thẩm / Overturn a judgment in force",
                (g, c) => g.OverturnJudgmentAsync(c), form: "giam-doc-tham-tai-tham"),
        Declare<DesignateKeyArea>("Xác định tuyến, địa bàn trọng điểm", Investigators("xác định tuyến, địa bàn trọng điểm", "designate a key area"))
            .Record<IKeyAreaGrain>("/provinces/{code}/key-areas/{id}/designation", "Xác định tuyến, địa bàn trọng điểm / Designate a key area",
                (g, c) => g.DesignateAsync(c), form: "tuyen-dia-ban-trong-diem"),
        Declare<RecordKeyAreaMeasure>("Áp dụng biện pháp nghiệp vụ tại tuyến, địa bàn trọng điểm",
                Investigators("áp dụng biện pháp nghiệp vụ", "apply a measure"))
            .Record<IKeyAreaGrain>("/provinces/{code}/key-areas/{id}/measures", "Áp dụng biện pháp nghiệp vụ / Apply a measure",
                (g, c) => g.RecordMeasureAsync(c), form: "bien-phap-nghiep-vu"),
        Declare<PlanCampaign>("Mở đợt cao điểm", Investigators("mở đợt cao điểm", "set up a peak campaign"))
            .Record<ICampaignGrain>("/provinces/{code}/campaigns/{id}/plan", "Mở đợt cao điểm / Set up a peak campaign",
                (g, c) => g.PlanAsync(c), form: "mo-dot-cao-diem"),
        Declare<RecordCampaignResult>("Kết quả đợt cao điểm", Investigators("ghi nhận kết quả đợt cao điểm", "record campaign results"))
            .Record<ICampaignGrain>("/provinces/{code}/campaigns/{id}/results", "Kết quả đợt cao điểm / Campaign results",
                (g, c) => g.RecordResultAsync(c), form: "ket-qua-dot-cao-diem"),
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
                (g, c) => g.SubmitAsync(c), form: "thong-ke-lien-nganh", formTitle: "Số liệu thống kê liên ngành của Công an, Viện kiểm sát, Tòa án"),
    ];

    private static CommandDeclaration<T> Declare<T>(string label, Permission permission)
        where T : class, ICommand => CommandDeclaration.Of<T>(CommandGroup.Enforcement, label, permission);

    private static Permission Investigators(string vi, string en) => new(vi, en, AgencyOfficers, AgencySet.Of(AgencyRoles.Investigators));

    private static Permission Courts(string vi, string en) => new(vi, en, AgencyOfficers, AgencySet.Of(AgencyRoles.Courts));
}
