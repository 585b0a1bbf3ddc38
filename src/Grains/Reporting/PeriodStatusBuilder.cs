using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.Indicators;

namespace AntiTrafficking.Grains.Reporting;

/// <summary>Computes a period's status from its reports, deadlines and today's date; pure.</summary>
internal static class PeriodStatusBuilder
{
    public static SubmissionStatus StatusOf(IReadOnlyList<ReportRevision>? revisions, DateOnly dueOn, DateOnly today) =>
        revisions is { Count: > 0 }
            ? revisions[0].SubmittedOn <= dueOn ? SubmissionStatus.OnTime : SubmissionStatus.Late
            : today > dueOn ? SubmissionStatus.Overdue : SubmissionStatus.Pending;

    public static PeriodStatus Build(
        ReportingRules rules, Period period, ReportingPeriodState state, DateOnly today, DateOnly? closedOn)
    {
        var dueOn = rules.DueOn(period);
        var rows = rules.Reporters
            .Select(r =>
            {
                var revisions = state.Reports.GetValueOrDefault(r.Code);
                return new ReporterRow(
                    r.Kind, r.Code, r.NameVi, dueOn, StatusOf(revisions, dueOn, today), revisions?.FirstOrDefault()?.SubmittedOn, revisions?.Count ?? 0);
            })
            .ToImmutableArray();
        var agencies = Count(rows.Where(r => r.Kind == ReporterKind.Agency));
        var districts = Count(rows.Where(r => r.Kind == ReporterKind.District));
        return new PeriodStatus(
            rules.ProvinceCode,
            period.ToString(),
            today,
            dueOn,
            rules.ClosesOn(period),
            agencies,
            districts,
            agencies.Add(districts),
            rows,
            [.. rows.Where(r => r.Status == SubmissionStatus.Overdue).Select(r => r.ReporterCode)],
            closedOn,
            state.Approval,
            state.Reports.Values.Sum(revisions => revisions.Count(r => r.AfterApproval)));
    }

    private static Tally Count(IEnumerable<ReporterRow> rows)
    {
        var list = rows.ToList();
        return new Tally(
            list.Count,
            list.Count(r => r.Status is SubmissionStatus.OnTime or SubmissionStatus.Late),
            list.Count(r => r.Status == SubmissionStatus.OnTime));
    }
}
