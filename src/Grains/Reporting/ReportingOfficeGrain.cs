using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Reporting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AntiTrafficking.Grains.Reporting;

/// <summary>
/// The standing office of a province (key: province code). Periods close on a persisted Orleans reminder rather than
/// a reminder per period: each tick reads the calendar (<see cref="CalendarClock"/>, which tests control) and closes
/// every period whose close date has come, so a silo that was down on a close date closes it at its next tick, and
/// tests move the calendar instead of waiting for real dates.
/// </summary>
internal sealed class ReportingOfficeGrain(
    [PersistentState("reportingOffice", StorageNames.Main)] IPersistentState<ReportingOfficeState> state,
    ReportingSchedule schedule,
    CalendarClock calendar,
    IOptions<ReportingOptions> options,
    ILogger<ReportingOfficeGrain> logger)
    : Grain, IReportingOfficeGrain, IReportingScheduler, IRemindable
{
    public const string ReminderName = "period-close";

    public Task<ImmutableArray<ReportingObligation>> GetObligationsAsync() => Task.FromResult(Rules().Obligations());

    public async Task<ReportingOverview> GetOverviewAsync()
    {
        var rules = Rules();
        var today = calendar.Today();
        var statuses = await Task.WhenAll(rules.Periods.Select(p => GrainFactory.GetGrain<IReportingPeriodGrain>(PeriodKey(p.ToString())).GetStatusAsync()));
        var periods = statuses.Select(s => new PeriodSummary(
            s.Period, s.DueOn, s.ClosesOn, s.Total, s.Overdue.Length, s.ClosedOn is not null, s.Approval is not null));
        var due = statuses.Where(s => s.DueOn < today).ToList();
        var reporters = rules.Reporters.Select(r =>
        {
            var rows = due.Select(s => (s.Period, Row: s.Reporters.Single(x => x.ReporterCode == r.Code))).ToList();
            return new ReporterRecord(
                r.Kind,
                r.Code,
                r.NameVi,
                new Tally(
                    rows.Count,
                    rows.Count(x => x.Row.Status is SubmissionStatus.OnTime or SubmissionStatus.Late),
                    rows.Count(x => x.Row.Status == SubmissionStatus.OnTime)),
                [.. rows.Where(x => x.Row.Status == SubmissionStatus.Overdue).Select(x => x.Period)]);
        });
        return new ReportingOverview(rules.ProvinceCode, rules.StandingOffice, today, [.. periods], [.. reporters]);
    }

    public async Task EnsureScheduledAsync()
    {
        Rules();
        var interval = options.Value.CloseCheckInterval;
        if (state.State.ReminderInterval == interval && await this.GetReminder(ReminderName) is not null)
        {
            return;
        }

        await this.RegisterOrUpdateReminder(ReminderName, interval, interval);
        state.State.ReminderInterval = interval;
        await state.WriteStateAsync();
        logger.LogInformation("{Grain} {Key} checks for periods to close every {Interval}", nameof(ReportingOfficeGrain), this.GetPrimaryKeyString(), interval);
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ReminderName)
        {
            return;
        }

        var rules = Rules();
        var today = calendar.Today();
        foreach (var period in rules.Periods.Where(p => rules.ClosesOn(p) <= today && !state.State.Closed.Contains(p.ToString())))
        {
            await GrainFactory.GetGrain<IPeriodCloser>(PeriodKey(period.ToString())).CloseAsync();
            state.State.Closed.Add(period.ToString());
            await state.WriteStateAsync();
        }
    }

    private string PeriodKey(string period) => $"{this.GetPrimaryKeyString()}:{period}";

    private ReportingRules Rules() =>
        schedule.Provinces.TryGetValue(this.GetPrimaryKeyString(), out var rules) ? rules : throw new UnknownUnitException(this.GetPrimaryKeyString());
}
