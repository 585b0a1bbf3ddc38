using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.Hardening;
using AntiTrafficking.WebFrontend.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc;

namespace AntiTrafficking.WebFrontend.Reporting;

/// <summary>
/// The standing office's page (/bao-cao): for a period, who has reported, completeness and timeliness per agency and
/// per district, the overdue reporters, close and approval, figures at close beside the live ones, and the exports;
/// then every period of the program and every reporter's record. An agency's or a district's officer sends the
/// unit's report from it, and the standing office approves (locks) a closed period: the same commands as the API,
/// each form with an antiforgery token and a fresh idempotency key, each refusal shown and nothing changed by it.
/// </summary>
public sealed class ReportingPageModel(IGrainFactory grains, PeriodDefaults defaults) : PageModel
{
    /// <summary>The province.</summary>
    public string Province => defaults.Province;

    /// <summary>Every period and every reporter's record.</summary>
    public ReportingOverview Overview { get; private set; } = null!;

    /// <summary>The period shown.</summary>
    public ReportData Data { get; private set; } = null!;

    /// <summary>Set when the requested period is not a reporting period and the default is shown.</summary>
    public string? PeriodError { get; private set; }

    /// <summary>The idempotency key rendered into the forms: a double submit counts once.</summary>
    public string Key { get; private set; } = "report-" + Guid.NewGuid().ToString("N");

    /// <summary>The report's text as typed, kept after a refusal.</summary>
    public string Narrative { get; private set; } = "";

    /// <summary>The reason of a change as typed, kept after a refusal.</summary>
    public string Reason { get; private set; } = "";

    /// <summary>The approval's remark as typed, kept after a refusal.</summary>
    public string Note { get; private set; } = "";

    /// <summary>The refusal of the form just sent, or null.</summary>
    public CommandError? Refusal { get; private set; }

    /// <summary>The outcome of the form just taken (accepted or already taken), or null.</summary>
    public CommandOutcome? Taken { get; private set; }

    /// <summary>Which form was sent: "submit" or "approve".</summary>
    public string? Sent { get; private set; }

    /// <summary>The signed-in party.</summary>
    public ActingParty? Actor => PartyClaims.Party(User);

    /// <summary>The unit whose report the signed-in user sends (their agency or their district), or null.</summary>
    public ReporterRow? OwnReporter => Actor switch
    {
        { Role: ActorRole.AgencyOfficer, AgencyCode: { } agency } => Reporter(ReporterKind.Agency, agency),
        { Role: ActorRole.DistrictOfficer, DistrictCode: { } district } => Reporter(ReporterKind.District, district),
        _ => null,
    };

    /// <summary>True when the signed-in user is an officer of the standing office, who approves.</summary>
    public bool MayApprove => Actor is { Role: ActorRole.AgencyOfficer } actor && actor.AgencyCode == Overview.StandingOffice;

    /// <summary>Loads the overview and the chosen period (default: the latest period already due).</summary>
    public Task OnGetAsync(string? period) => LoadAsync(period);

    /// <summary>Sends the signed-in user's unit's report (or its revision) for the period.</summary>
    public Task<IActionResult> OnPostSubmitAsync(string period, string? narrative, string? reason, string? idempotencyKey)
    {
        Sent = "submit";
        Narrative = narrative ?? "";
        Reason = reason?.Trim() ?? "";
        // The period goes to its grain as sent: one that is not a reporting period is refused there, with the reason.
        return SendAsync(period, idempotencyKey, async key => OwnReporter is { } reporter
            ? await PeriodGrain(period).SubmitAsync(new SubmitReport(key, Actor!, reporter.ReporterCode, Narrative, [], Reason.Length == 0 ? null : Reason))
            : CommandResult.Rejected(0, new CommandError("notPermitted", "reporterCode",
                "Chỉ cán bộ của cơ quan hoặc huyện có nghĩa vụ báo cáo được gửi báo cáo của đơn vị mình.",
                "Only an officer of an agency or district that owes reports sends its report.")));
    }

    /// <summary>Approves the closed period's consolidated report, locking it (the standing office only: the grain decides).</summary>
    public Task<IActionResult> OnPostApproveAsync(string period, string? note, string? idempotencyKey)
    {
        Sent = "approve";
        Note = note?.Trim() ?? "";
        return SendAsync(period, idempotencyKey, key => PeriodGrain(period).ApproveAsync(new ApprovePeriod(key, Actor!, Note.Length == 0 ? null : Note)));
    }

    /// <summary>Where a unit's report stands: not received, received, covered by the approval, or changed after it.</summary>
    public ReportState StateOf(ReporterRow row)
    {
        var approval = Data.Report.Status.Approval;
        return row.Revisions switch
        {
            0 => ReportState.NotSubmitted,
            _ when approval is null => ReportState.Submitted,
            _ when approval.ApprovedRevisions.GetValueOrDefault(row.ReporterCode) == row.Revisions => ReportState.Approved,
            _ => ReportState.RevisedAfterApproval,
        };
    }

    /// <summary>The latest version received from a unit, or null.</summary>
    public ReportRevision? LatestOf(string reporterCode) =>
        Data.Report.Reports.FirstOrDefault(r => r.ReporterCode == reporterCode)?.Revisions[^1];

    private async Task<IActionResult> SendAsync(string period, string? idempotencyKey, Func<string, Task<CommandResult>> send)
    {
        var key = string.IsNullOrWhiteSpace(idempotencyKey) ? Key : idempotencyKey;
        await LoadAsync(period);
        CommandResult result;
        try
        {
            result = await send(key);
        }
        catch (Exception ex) when (Unavailability.IsUnavailable(ex))
        {
            // The command may have been recorded: the same key is kept, so sending again counts once.
            Key = key;
            Refusal = new CommandError("unavailable", "",
                "Hệ thống tạm thời không phản hồi; lệnh có thể đã được ghi nhận. Hãy gửi lại: lệnh chỉ được tính một lần.",
                "The system is not responding; the command may have been recorded. Send again: it will count once.");
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }

        if (result.Error is { } refusal)
        {
            Refusal = refusal;
            Response.StatusCode = Problems.StatusOf(refusal);
            return Page();
        }

        Taken = result.Outcome;
        Narrative = Reason = Note = "";
        await LoadAsync(period);
        return Page();
    }

    private async Task LoadAsync(string? period)
    {
        Overview = await grains.GetGrain<IReportingOfficeGrain>(Province).GetOverviewAsync();
        var chosen = Overview.Periods.FirstOrDefault(p => p.Period == period)?.Period;
        if (period is not null && chosen is null)
        {
            PeriodError = $"Kỳ '{period}' không thuộc chế độ báo cáo; đang hiển thị kỳ mặc định.";
        }

        chosen ??= Overview.Periods.LastOrDefault(p => p.DueOn < Overview.Today)?.Period ?? Overview.Periods[0].Period;
        Data = await ReportData.LoadAsync(grains, Province, chosen);
    }

    private ReporterRow? Reporter(ReporterKind kind, string code) =>
        Data.Report.Status.Reporters.FirstOrDefault(r => r.Kind == kind && r.ReporterCode == code);

    private IReportingPeriodGrain PeriodGrain(string period) => grains.GetGrain<IReportingPeriodGrain>($"{Province}:{period}");
}
