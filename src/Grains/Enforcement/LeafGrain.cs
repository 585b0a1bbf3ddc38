using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.Grains.Aggregation;
using AntiTrafficking.Grains.Commands;
using AntiTrafficking.Grains.Records;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Indicators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AntiTrafficking.Grains.Enforcement;

/// <summary>
/// A tip, case or key area (key "{provinceCode}:{id}"): a lifecycle whose whole contribution is reported, after every
/// accepted command, to the unit where it arose. The unit keeps the newest version per leaf, so a retried command,
/// which reports again, never counts twice. A leaf moves only by a correction of its place: every unit it counted in
/// before is then sent an empty snapshot, so its figures leave the former unit and arrive whole at the new one.
/// </summary>
internal abstract class LeafGrain<TState>(IPersistentState<TState> state, ReferenceData reference, CalendarClock calendar, ILogger logger)
    : CommandGrain<TState>(state, logger)
    where TState : LeafState, new()
{
    private ProvinceInfo? _province;

    /// <summary>The agency's identifier: the key without the province.</summary>
    protected string Id { get; private set; } = "";

    protected bool Created => State.UnitCode is not null;

    /// <summary>The province's reference data (agencies, places).</summary>
    protected ReferenceData Reference => reference;

    protected override string? ProvinceCode => _province?.Code;

    protected override CommandRules? Rules => _province is { } p ? new CommandRules(reference, calendar, p.Code) : null;

    /// <summary>Today in the province's calendar: the date of a correction's step.</summary>
    protected DateOnly Today => calendar.Today();

    /// <summary>The kind of leaf, prefixed to its key in the unit's snapshots ("tip", "case", "keyArea").</summary>
    protected abstract string LeafKind { get; }

    /// <summary>The leaf's whole contribution, as dated measures.</summary>
    protected abstract MeasureSet Measures();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (ProvinceKey.TryParse(this.GetPrimaryKeyString(), out var province, out var id) && reference.Provinces.TryGetValue(province, out var info))
        {
            _province = info;
            Id = id;
        }

        return Task.CompletedTask;
    }

    /// <summary>The district of a unit code, for the permission check (none for the province itself), or its refusal.</summary>
    protected PermissionTarget PlaceTarget(string unitCode) =>
        Places.Resolve(reference, _province!.Code, unitCode) is { } place
            ? PermissionTarget.District(place.DistrictCode)
            : PermissionTarget.Unknown(EnforcementRefusals.UnknownPlace("unitCode", unitCode));

    /// <summary>Refuses a unit code that is not the province, one of its districts or one of its communes.</summary>
    protected CommandError? CheckPlace(string unitCode, bool allowProvince = true) =>
        Places.Resolve(reference, _province!.Code, unitCode) is { } place && (allowProvince || place.DistrictCode is not null)
            ? null
            : EnforcementRefusals.UnknownPlace("unitCode", unitCode);

    /// <summary>Refuses a date before the latest step of the history.</summary>
    protected CommandError? CheckAfterLatest(string field, DateOnly date) =>
        StepDates().Max() is var latest && date < latest
            ? EnforcementRefusals.BeforePreviousStep(field, date, latest)
            : null;

    /// <summary>
    /// The dates of the steps taken so far, as they stand now: a correction is no step of the lifecycle, and the step that
    /// created the record counts at its date as corrected (<see cref="CreatedOn"/>).
    /// </summary>
    protected IEnumerable<DateOnly> StepDates() => LaterStepDates().Append(CreatedOn);

    /// <summary>The dates of the steps after the one that created the record (corrections are no steps).</summary>
    protected IEnumerable<DateOnly> LaterStepDates() =>
        State.History.Skip(1).Where(h => h.Step != Corrections.Step).Select(h => h.Date);

    /// <summary>The date of the step that created the record, as it stands now: a tip's receipt date, a case's opening date.</summary>
    protected virtual DateOnly CreatedOn => State.History.Count > 0 ? State.History[0].Date : default;

    /// <summary>Adds a step to the history.</summary>
    protected void Record(ICommand command, string step, DateOnly date, string? detail = null) =>
        State.History.Add(new LifecycleStep(step, date, command.Actor.AgencyCode, command.Actor.UserId, detail));

    /// <summary>Adds a correction's step, dated today, with the value before and after and the reason.</summary>
    protected void RecordCorrection(ICommand command, FieldChange change, string reason) =>
        State.History.Add(new LifecycleStep(Corrections.Step, Today, command.Actor.AgencyCode, command.Actor.UserId, change.Field, change.Step(reason)));

    /// <summary>Moves the leaf to <paramref name="unitCode"/>: the former unit is sent an empty snapshot from now on.</summary>
    protected void MoveTo(string unitCode)
    {
        State.FormerUnits.Add(State.UnitCode!);
        State.UnitCode = unitCode;
    }

    /// <summary>The record's line in the lists of records, or null for a leaf that is not listed (a key area).</summary>
    protected virtual RecordSummary? Summary(ReferenceData reference, string provinceCode) => null;

    /// <summary>Reports the contribution to the unit where the leaf arose, and writes its line in the record index.</summary>
    protected override Task OnCommittedAsync()
    {
        var place = Places.Resolve(reference, _province!.Code, State.UnitCode)!;
        var leaf = $"{LeafKind}:{this.GetPrimaryKeyString()}";
        var report = Task.WhenAll(State.FormerUnits.Where(u => u != State.UnitCode).Distinct()
            .Select(former => Places.Resolve(reference, _province.Code, former)!.Sink(GrainFactory).ReportLeafAsync(UnitSnapshot.From(leaf, State.Version, MeasureSet.Empty)))
            .Append(place.Sink(GrainFactory).ReportLeafAsync(UnitSnapshot.From(leaf, State.Version, Measures()))));
        return Summary(reference, _province.Code) is { } summary
            ? Task.WhenAll(report, ServiceProvider.GetRequiredService<IRecordIndex>().UpsertAsync(_province.Code, summary))
            : report;
    }
}
