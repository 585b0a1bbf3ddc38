using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.Grains.Commands;
using AntiTrafficking.Grains.Enforcement;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Indicators;
using Microsoft.Extensions.Logging;

namespace AntiTrafficking.Grains.Reporting;

/// <summary>
/// One reporting period of a province (key "{province}:{period}", canonical period text only). Reports and the
/// approval are one state; the close snapshot is another, written once, so that the large snapshot is not rewritten
/// by every report and can never be changed by one.
/// </summary>
internal sealed class ReportingPeriodGrain(
    [PersistentState("reportingPeriod", StorageNames.Main)] IPersistentState<ReportingPeriodState> state,
    [PersistentState("reportingSnapshot", StorageNames.Main)] IPersistentState<PeriodSnapshotState> snapshot,
    ReferenceData reference,
    ReportingSchedule schedule,
    CalendarClock calendar,
    ILogger<ReportingPeriodGrain> logger)
    : CommandGrain<ReportingPeriodState>(state, logger), IReportingPeriodGrain, IPeriodCloser
{
    private ReportingRules? _rules;
    private Period? _period;
    private string _periodText = "";

    protected override string? ProvinceCode => _rules?.ProvinceCode;

    protected override CommandRules? Rules => _rules is { } r ? new CommandRules(reference, calendar, r.ProvinceCode) : null;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (ProvinceKey.TryParse(this.GetPrimaryKeyString(), out var province, out var period)
            && schedule.Provinces.TryGetValue(province, out var rules))
        {
            _rules = rules;
            _periodText = period;
            if (Period.TryParse(period, out var parsed) && parsed.ToString() == period && rules.Owes(parsed))
            {
                _period = parsed;
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>A report is its reporter's (the agency's officers, or the district's officers); approval is the standing office's.</summary>
    protected override PermissionTarget TargetOf(ICommand command) => command switch
    {
        SubmitReport submit => _rules!.FindReporter(submit.ReporterCode) switch
        {
            null => PermissionTarget.Unknown(ReportingRefusals.UnknownReporter(submit.ReporterCode)),
            { Kind: ReporterKind.Agency } agency => PermissionTarget.Agency(agency.Code),
            var district => PermissionTarget.District(district.Code),
        },
        ApprovePeriod => PermissionTarget.Agency(_rules!.StandingOffice),
        _ => PermissionTarget.None,
    };

    public Task<CommandResult> SubmitAsync(SubmitReport command) =>
        ExecuteAsync(command, _ => CheckSubmission(command), () =>
        {
            var revisions = State.Reports.TryGetValue(command.ReporterCode, out var list) ? list : State.Reports[command.ReporterCode] = [];
            revisions.Add(new ReportRevision(
                revisions.Count + 1,
                command.Actor.UserId,
                command.Actor.AgencyCode,
                calendar.Today(),
                command.Narrative,
                command.Figures,
                string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason,
                State.Approval is not null));
        });

    public Task<CommandResult> ApproveAsync(ApprovePeriod command) =>
        ExecuteAsync(command, _ => CheckApproval(), () => State.Approval = new PeriodApproval(
            command.Actor.UserId,
            calendar.Today(),
            string.IsNullOrWhiteSpace(command.Note) ? null : command.Note,
            State.Reports.ToImmutableDictionary(r => r.Key, r => r.Value.Count)));

    public Task<PeriodStatus> GetStatusAsync()
    {
        var (rules, period) = Known();
        return Task.FromResult(PeriodStatusBuilder.Build(rules, period, State, calendar.Today(), snapshot.State.Snapshot?.ClosedOn));
    }

    public Task<ReportView?> GetReportAsync(string reporterCode)
    {
        var (rules, period) = Known();
        if (rules.FindReporter(reporterCode) is not { } reporter)
        {
            throw new UnknownUnitException(reporterCode);
        }

        var revisions = State.Reports.GetValueOrDefault(reporter.Code);
        return Task.FromResult(revisions is null
            ? null
            : new ReportView(period.ToString(), reporter.Kind, reporter.Code,
                PeriodStatusBuilder.StatusOf(revisions, rules.DueOn(period), calendar.Today()), [.. revisions]));
    }

    public Task<PeriodSnapshot?> GetSnapshotAsync()
    {
        Known();
        return Task.FromResult(snapshot.State.Snapshot);
    }

    public async Task<ConsolidatedReport> GetConsolidatedAsync()
    {
        var (rules, period) = Known();
        var status = PeriodStatusBuilder.Build(rules, period, State, calendar.Today(), snapshot.State.Snapshot?.ClosedOn);
        var current = await ReadScorecardsAsync(rules.ProvinceCode, period.ToString());
        var reports = State.Reports
            .Select(r => new ReportView(period.ToString(), rules.FindReporter(r.Key)!.Kind, r.Key,
                PeriodStatusBuilder.StatusOf(r.Value, rules.DueOn(period), status.Today), [r.Value[^1]]))
            .OrderBy(r => rules.Reporters.IndexOf(rules.FindReporter(r.ReporterCode)!))
            .ToImmutableArray();
        var program = reference.Provinces[rules.ProvinceCode].Program;
        return new ConsolidatedReport(
            status,
            snapshot.State.Snapshot,
            current.Province,
            current.Districts,
            Consolidation.Outputs(program, snapshot.State.Snapshot?.Province, current.Province),
            snapshot.State.Snapshot is { } closed ? Consolidation.Differences(closed, current) : [],
            reports);
    }

    public async Task CloseAsync()
    {
        var (rules, period) = Known();
        if (snapshot.State.Snapshot is not null)
        {
            return;
        }

        var read = await ReadScorecardsAsync(rules.ProvinceCode, period.ToString());
        snapshot.State.Snapshot = read;
        try
        {
            await snapshot.WriteStateAsync();
        }
        catch
        {
            DeactivateOnIdle();
            throw;
        }

        logger.LogInformation("{Grain} {Key} closed: {Scorecards} scorecards snapshotted", nameof(ReportingPeriodGrain), this.GetPrimaryKeyString(),
            1 + read.Districts.Length + read.Communes.Length);
    }

    protected override Task OnCommittedAsync() => Task.CompletedTask;

    private async Task<PeriodSnapshot> ReadScorecardsAsync(string provinceCode, string period)
    {
        var province = GrainFactory.GetGrain<IProvinceGrain>(provinceCode);
        var card = province.GetScorecardAsync(period);
        var districts = province.GetDistrictScorecardsAsync(period);
        var communes = Task.WhenAll(reference.Provinces[provinceCode].DistrictCodes
            .Select(code => GrainFactory.GetGrain<IDistrictGrain>(code).GetCommuneScorecardsAsync(period)));
        var threeSector = GrainFactory.GetGrain<IThreeSectorStatisticsGrain>($"{provinceCode}:{period}").GetComparisonAsync();
        return new PeriodSnapshot(
            provinceCode, period, calendar.Today(), await card, await districts, [.. (await communes).SelectMany(c => c)], await threeSector);
    }

    private CommandError? CheckSubmission(SubmitReport command)
    {
        if (_period is null)
        {
            return ReportingRefusals.OutsideProgram(_periodText);
        }

        if (calendar.Today() <= _period.End)
        {
            return ReportingRefusals.NotEnded(_period.ToString(), _period.End);
        }

        return CommandRules.CheckText("narrative", command.Narrative)
            ?? (command.Narrative.Length > ReportingRefusals.MaxNarrative ? ReportingRefusals.TooLong("narrative", ReportingRefusals.MaxNarrative) : null)
            ?? CheckFigures(command.Figures)
            ?? (State.Approval is not null && string.IsNullOrWhiteSpace(command.Reason) ? ReportingRefusals.ReasonRequired() : null);
    }

    private CommandError? CheckFigures(ImmutableArray<ReportFigure> figures)
    {
        if (figures.IsDefault)
        {
            return Refusals.Required("figures");
        }

        var program = reference.Provinces[_rules!.ProvinceCode].Program;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < figures.Length; i++)
        {
            var figure = figures[i];
            var field = $"figures[{i}]";
            if (figure is null || string.IsNullOrWhiteSpace(figure.Code))
            {
                return Refusals.Required(field + ".code");
            }

            if (!program.Indicators.Any(d => d.Code == figure.Code) && !program.Outputs.Any(o => o.Code == figure.Code))
            {
                return ReportingRefusals.UnknownFigure(field + ".code", figure.Code);
            }

            if (!seen.Add(figure.Code))
            {
                return Refusals.Duplicate(field + ".code", figure.Code);
            }

            if (figure.Value < 0)
            {
                return Refusals.Negative(field + ".value");
            }
        }

        return null;
    }

    private CommandError? CheckApproval()
    {
        if (_period is null)
        {
            return ReportingRefusals.OutsideProgram(_periodText);
        }

        if (snapshot.State.Snapshot is null)
        {
            return ReportingRefusals.NotClosed(_period.ToString(), _rules!.ClosesOn(_period));
        }

        return State.Approval is not null ? ReportingRefusals.AlreadyApproved(_period.ToString()) : null;
    }

    private (ReportingRules Rules, Period Period) Known() =>
        _rules is { } rules && _period is { } period ? (rules, period) : throw new UnknownUnitException(this.GetPrimaryKeyString());
}
