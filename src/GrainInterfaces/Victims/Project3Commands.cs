using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Commands;
using static AntiTrafficking.GrainInterfaces.Commands.CommandRoles;

namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>
/// The commands of Project 3 (returning persons): a received person's record, from reception to closure, through the
/// agencies that do each step (<see cref="VictimRoles"/>).
/// </summary>
public static class Project3Commands
{
    /// <summary>Every command of Project 3, declared once (<see cref="CommandDeclaration"/>).</summary>
    public static ImmutableArray<CommandDeclaration> All { get; } =
    [
        // Officers and case workers of the agencies doing each step; reception values are corrected by the receivers.
        Declare<ReceivePerson>("Tiếp nhận người trở về", Victims("tiếp nhận người trở về", "receive a person", VictimRoles.Receivers))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/reception", "Tiếp nhận người trở về / Receive a returning person",
                (g, c) => g.ReceiveAsync(c), form: "tiep-nhan-nguoi-tro-ve"),
        Declare<StartVerification>("Bắt đầu xác minh", Victims("xác minh", "verify a person", VictimRoles.Verifiers))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/verification", "Bắt đầu xác minh / Start the verification",
                (g, c) => g.StartVerificationAsync(c), form: "bat-dau-xac-minh"),
        Declare<ConcludeIdentification>("Kết luận xác minh, xác định nạn nhân",
                Victims("xác định nạn nhân", "identify a victim", VictimRoles.Verifiers))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/identification", "Kết luận xác minh, xác định nạn nhân / Conclude the verification",
                (g, c) => g.ConcludeIdentificationAsync(c), form: "xac-dinh-nan-nhan"),
        // Consent is taken and withdrawn where the person is supported: by any support provider (the receivers are among them).
        Declare<GiveConsent>("Ghi nhận đồng ý của người được tiếp nhận", Victims("ghi nhận đồng ý", "record consent", VictimRoles.Providers))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/consent", "Ghi nhận đồng ý (nhận hỗ trợ, chia sẻ thông tin) / Record consent",
                (g, c) => g.GiveConsentAsync(c), form: "ghi-nhan-dong-y", formTitle: "Ghi nhận đồng ý"),
        Declare<WithdrawConsent>("Ghi nhận rút lại đồng ý",
                Victims("ghi nhận rút lại đồng ý", "record a withdrawal of consent", VictimRoles.Providers))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/consent-withdrawal", "Rút lại đồng ý / Record a withdrawal of consent",
                (g, c) => g.WithdrawConsentAsync(c), form: "rut-lai-dong-y", formTitle: "Rút lại đồng ý"),
        Declare<RecordSupport>("Hỗ trợ nạn nhân", Victims("ghi nhận hỗ trợ", "record support", VictimRoles.Providers))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/support", "Hỗ trợ nạn nhân / Record a support service",
                (g, c) => g.RecordSupportAsync(c), form: "ho-tro-nan-nhan"),
        Declare<DeclineLegalAid>("Nạn nhân từ chối trợ giúp pháp lý",
                Victims("ghi nhận từ chối trợ giúp pháp lý", "record declined legal aid", VictimRoles.Providers))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/legal-aid-declined", "Từ chối trợ giúp pháp lý / Legal aid declined",
                (g, c) => g.DeclineLegalAidAsync(c), form: "tu-choi-tro-giup-phap-ly"),
        Declare<ApplyProtection>("Áp dụng biện pháp bảo vệ",
                Victims("áp dụng biện pháp bảo vệ", "apply a protection measure", VictimRoles.Protectors))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/protection", "Biện pháp bảo vệ / Apply a protection measure",
                (g, c) => g.ApplyProtectionAsync(c), form: "bien-phap-bao-ve"),
        Declare<ChangeHome>("Sửa nơi cư trú", Victims("sửa nơi cư trú", "change the home unit", VictimRoles.Protectors))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/home", "Sửa nơi cư trú / Correct the home unit",
                (g, c) => g.ChangeHomeAsync(c), form: "sua-noi-cu-tru"),
        Declare<CorrectPerson>("Sửa số liệu tiếp nhận", Victims("sửa số liệu tiếp nhận", "correct a reception value", VictimRoles.Receivers))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/corrections", "Sửa số liệu tiếp nhận / Correct a value recorded at reception",
                (g, c) => g.CorrectAsync(c), form: "sua-so-lieu-tiep-nhan"),
        Declare<AssignOfficer>("Phân công cán bộ theo dõi", Victims("phân công cán bộ", "assign an officer", VictimRoles.Lead))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/officers", "Phân công cán bộ / Assign an officer",
                (g, c) => g.AssignOfficerAsync(c), form: "phan-cong-can-bo"),
        Declare<CloseRecord>("Đóng hồ sơ", Victims("đóng hồ sơ", "close the record", VictimRoles.Lead))
            .Record<IVictimGrain>("/provinces/{code}/persons/{id}/closure", "Đóng hồ sơ / Close the record",
                (g, c) => g.CloseAsync(c), form: "dong-ho-so"),
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
