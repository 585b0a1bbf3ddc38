using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;

namespace AntiTrafficking.Grains.Enforcement;

/// <summary>
/// The case state machine: which status each step starts from.
/// Investigating → (sent to court) AwaitingTrial → (tried) Tried → (in force, or appeal upheld or amended) InForce;
/// an appeal that sets the judgment aside goes back to AwaitingTrial; overturning the judgment in force goes back to
/// AwaitingTrial with a retrial, else to Closed.
/// </summary>
internal static class CaseTransitions
{
    /// <summary>Null when the case has been opened; else the refusal. A correction may be made in any status, closed included.</summary>
    public static CommandError? Exists(CaseState state) =>
        state.UnitCode is null ? EnforcementRefusals.NotRecorded("caseId", "vụ án", "case") : null;

    /// <summary>Null when the case exists and is in <paramref name="expected"/>; else the refusal naming where it stands.</summary>
    public static CommandError? Expect(CaseState state, CaseStatus expected, string stepVi, string stepEn)
    {
        if (Exists(state) is { } missing)
        {
            return missing;
        }

        if (state.Status == expected)
        {
            return null;
        }

        var (vi, en) = Describe(state.Status);
        return EnforcementRefusals.InvalidTransition(stepVi, stepEn, vi, en);
    }

    private static (string Vi, string En) Describe(CaseStatus status) => status switch
    {
        CaseStatus.Investigating => ("vụ án đang điều tra, chưa được truy tố", "the case is under investigation and not sent to court"),
        CaseStatus.AwaitingTrial => ("vụ án đang chờ xét xử sơ thẩm", "the case is awaiting its first-instance trial"),
        CaseStatus.Tried => ("bản án sơ thẩm chưa có hiệu lực pháp luật", "the first-instance judgment is not yet in force"),
        CaseStatus.InForce => ("bản án đã có hiệu lực pháp luật", "a judgment is in force"),
        _ => ("vụ án đã kết thúc", "the case is closed"),
    };
}
