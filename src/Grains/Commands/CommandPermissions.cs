using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Grains.Enforcement;
using AntiTrafficking.Grains.Victims;

namespace AntiTrafficking.Grains.Commands;

/// <summary>
/// The one table of who may do what, by command type (and the read of personal data), checked by every grain from the
/// acting party before anything else is looked at (<see cref="CommandGrain{TState}"/>, <c>VictimGrain</c>). A type
/// missing here is refused to everyone. Leaders, analysts and administrators appear nowhere: they read aggregates,
/// and give no command. docs/api.md, "Roles and scope inside the grains", is this table in words.
/// </summary>
internal static class CommandPermissions
{
    private const int Communication = 1;

    private static readonly ImmutableArray<ActorRole> Districts = [ActorRole.DistrictOfficer];
    private static readonly ImmutableArray<ActorRole> AgencyOfficers = [ActorRole.AgencyOfficer];
    private static readonly ImmutableArray<ActorRole> AgenciesAndDistricts = [ActorRole.AgencyOfficer, ActorRole.DistrictOfficer];
    private static readonly ImmutableArray<ActorRole> VictimAgencies = [ActorRole.AgencyOfficer, ActorRole.CaseWorker];
    private static readonly ImmutableArray<ActorRole> CaseWorkers = [ActorRole.CaseWorker];

    /// <summary>Project 1's agencies (any role in project 1 of the agencies file).</summary>
    private static readonly AgencySet Project1Agencies = new([], MembersOf: Communication);

    /// <summary>The read of a victim's personal data: case workers of the case-working agencies (confidential persons: see PersonChecks).</summary>
    public static readonly Permission PersonalDataRead =
        new("xem thông tin cá nhân", "read personal data", CaseWorkers, AgencySet.Of(VictimRoles.CaseWorkers));

    /// <summary>Opening a received person's record (without personal data): case workers; the agency's access is checked by the grain.</summary>
    public static readonly Permission PersonRecordRead =
        new("xem hồ sơ người được tiếp nhận", "see a received person's record", CaseWorkers, AgencySet.Of(VictimRoles.CaseWorkers));

    /// <summary>Every command type the grains accept, with who may send it.</summary>
    public static readonly ImmutableDictionary<Type, Permission> ByCommand = new Dictionary<Type, Permission>
    {
        // Project 1: the units' own registers are district data entry; materials and surveys also come from Project 1's
        // agencies; the program's catalog is kept by Project 1's lead, with Justice for legal documents, and a guidance
        // document is recorded as issued by the agency responsible for it (or the lead).
        [typeof(RegisterPerson)] = new("đăng ký báo cáo viên, tuyên truyền viên", "register a reporter or propagandist", Districts, AgencySet.None),
        [typeof(DeactivatePerson)] = new("cho thôi báo cáo viên, tuyên truyền viên", "deactivate a reporter or propagandist", Districts, AgencySet.None),
        [typeof(RecordOfficials)] = new("ghi nhận số cán bộ được tập huấn", "record officials and their training", Districts, AgencySet.None),
        [typeof(RecordDelivery)] = new("ghi nhận tài liệu tuyên truyền đến xã", "record a delivery of materials", AgenciesAndDistricts, Project1Agencies),
        [typeof(RecordSurvey)] = new("ghi nhận khảo sát nhận thức", "record an awareness survey", AgenciesAndDistricts, Project1Agencies),
        [typeof(RegisterLegalDocument)] = new("đăng ký văn bản QPPL", "register a legal document", AgencyOfficers, new([VictimRoles.Justice], LeadOf: Communication)),
        [typeof(RequireGuidance)] = new("giao ban hành văn bản hướng dẫn", "require a guidance document", AgencyOfficers, new([], LeadOf: Communication)),
        [typeof(IssueGuidance)] = new(
            "ghi nhận ban hành văn bản hướng dẫn", "record a guidance document as issued", AgencyOfficers, new([], LeadOf: Communication, Target: true)),

        // Project 2: any agency, or the district officer of the place, receives a tip; each later step is its agency's.
        // The values of a tip and of a case's opening are corrected by the investigators, who handle both.
        [typeof(ReceiveTip)] = new("tiếp nhận tin báo", "receive a tip", AgenciesAndDistricts, new([], Every: true)),
        [typeof(ClassifyTip)] = Investigators("phân loại tin báo", "classify a tip"),
        [typeof(ConcludeVerification)] = Investigators("kết luận xác minh", "conclude a verification"),
        [typeof(CorrectTip)] = Investigators("sửa số liệu tin báo", "correct a tip"),
        [typeof(OpenCase)] = Investigators("khởi tố vụ án", "open a case"),
        [typeof(CorrectCase)] = Investigators("sửa số liệu vụ án", "correct a case"),
        [typeof(RecordInvestigation)] = Investigators("ghi nhận kết quả điều tra", "record investigation results"),
        [typeof(ProsecuteCase)] = new("truy tố vụ án", "send a case to court", AgencyOfficers, AgencySet.Of(AgencyRoles.Prosecutors)),
        [typeof(RecordTrial)] = Courts("xét xử", "try a case"),
        [typeof(RecordJudgmentInForce)] = Courts("ghi nhận bản án có hiệu lực", "record a judgment in force"),
        [typeof(RecordAppealJudgment)] = Courts("xét xử phúc thẩm", "decide an appeal"),
        [typeof(OverturnJudgment)] = Courts("hủy bản án có hiệu lực", "overturn a judgment in force"),
        [typeof(DesignateKeyArea)] = Investigators("xác định tuyến, địa bàn trọng điểm", "designate a key area"),
        [typeof(RecordKeyAreaMeasure)] = Investigators("áp dụng biện pháp nghiệp vụ", "apply a measure"),
        [typeof(PlanCampaign)] = Investigators("mở đợt cao điểm", "set up a peak campaign"),
        [typeof(RecordCampaignResult)] = Investigators("ghi nhận kết quả đợt cao điểm", "record campaign results"),
        // A tip is referred by an officer of an agency that has it, and answered by the agency referred to (the grain checks both).
        [typeof(ReferTip)] = new("chuyển tin báo", "refer a tip", AgencyOfficers, new([], Every: true)),
        [typeof(AcceptTipReferral)] = new("nhận tin báo được chuyển đến", "accept a referred tip", AgencyOfficers, new([], Every: true)),
        [typeof(DeclineTipReferral)] = new("từ chối tin báo được chuyển đến", "decline a referred tip", AgencyOfficers, new([], Every: true)),
        [typeof(SubmitSectorStatistics)] = new(
            "nộp số liệu thống kê liên ngành", "submit joint crime statistics", AgencyOfficers, AgencySet.Of(AgencyRoles.ThreeSectors)),

        // Project 3: officers and case workers of the agencies doing each step; reception values are corrected by the receivers.
        [typeof(ReceivePerson)] = Victims("tiếp nhận người trở về", "receive a person", VictimRoles.Receivers),
        [typeof(StartVerification)] = Victims("xác minh", "verify a person", VictimRoles.Verifiers),
        [typeof(ConcludeIdentification)] = Victims("xác định nạn nhân", "identify a victim", VictimRoles.Verifiers),
        // Consent is taken and withdrawn where the person is supported: by any support provider (the receivers are among them).
        [typeof(GiveConsent)] = Victims("ghi nhận đồng ý", "record consent", VictimRoles.Providers),
        [typeof(WithdrawConsent)] = Victims("ghi nhận rút lại đồng ý", "record a withdrawal of consent", VictimRoles.Providers),
        [typeof(RecordSupport)] = Victims("ghi nhận hỗ trợ", "record support", VictimRoles.Providers),
        [typeof(DeclineLegalAid)] = Victims("ghi nhận từ chối trợ giúp pháp lý", "record declined legal aid", VictimRoles.Providers),
        [typeof(ApplyProtection)] = Victims("áp dụng biện pháp bảo vệ", "apply a protection measure", VictimRoles.Protectors),
        [typeof(ChangeHome)] = Victims("sửa nơi cư trú", "change the home unit", VictimRoles.Protectors),
        [typeof(CorrectPerson)] = Victims("sửa số liệu tiếp nhận", "correct a reception value", VictimRoles.Receivers),
        [typeof(AssignOfficer)] = Victims("phân công cán bộ", "assign an officer", VictimRoles.Lead),
        [typeof(CloseRecord)] = Victims("đóng hồ sơ", "close the record", VictimRoles.Lead),
        // Referrals between the case-working agencies: the grain checks that the referring one has the record and that
        // only the one referred to answers.
        [typeof(ReferPerson)] = Victims("chuyển hồ sơ người được tiếp nhận", "refer a received person", VictimRoles.CaseWorkers),
        [typeof(AcceptPersonReferral)] = Victims("nhận hồ sơ được chuyển đến", "accept a referred person", VictimRoles.CaseWorkers),
        [typeof(DeclinePersonReferral)] = Victims("từ chối hồ sơ được chuyển đến", "decline a referred person", VictimRoles.CaseWorkers),

        // Reporting: an agency's report by its officers, a district's by its district officers; approval by the standing office.
        [typeof(SubmitReport)] = new("gửi báo cáo", "send the report", AgenciesAndDistricts, new([], Target: true)),
        [typeof(ApprovePeriod)] = new("phê duyệt báo cáo tổng hợp", "approve the consolidated report", AgencyOfficers, new([], Target: true)),
    }.ToImmutableDictionary();

    private static readonly Permission Nobody = new("thực hiện lệnh này", "give this command", [], AgencySet.None);

    /// <summary>The permission of a command type; a type not in the table is refused to everyone.</summary>
    public static Permission For(Type commandType) => ByCommand.GetValueOrDefault(commandType, Nobody);

    private static Permission Investigators(string vi, string en) => new(vi, en, AgencyOfficers, AgencySet.Of(AgencyRoles.Investigators));

    private static Permission Courts(string vi, string en) => new(vi, en, AgencyOfficers, AgencySet.Of(AgencyRoles.Courts));

    private static Permission Victims(string vi, string en, IEnumerable<string> agencies) => new(vi, en, VictimAgencies, AgencySet.Of(agencies));
}
