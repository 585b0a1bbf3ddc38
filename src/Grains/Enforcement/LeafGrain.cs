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
/// which reports again, never counts twice. A leaf never moves: its place is fixed by the command that creates it.
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
        State.History.Count > 0 && State.History.Max(h => h.Date) is var latest && date < latest
            ? EnforcementRefusals.BeforePreviousStep(field, date, latest)
            : null;

    /// <summary>Adds a step to the history.</summary>
    protected void Record(ICommand command, string step, DateOnly date, string? detail = null) =>
        State.History.Add(new LifecycleStep(step, date, command.Actor.AgencyCode, command.Actor.UserId, detail));

    /// <summary>The record's line in the lists of records, or null for a leaf that is not listed (a key area).</summary>
    protected virtual RecordSummary? Summary(ReferenceData reference, string provinceCode) => null;

    /// <summary>Reports the contribution to the unit where the leaf arose, and writes its line in the record index.</summary>
    protected override Task OnCommittedAsync()
    {
        var place = Places.Resolve(reference, _province!.Code, State.UnitCode)!;
        var snapshot = UnitSnapshot.From($"{LeafKind}:{this.GetPrimaryKeyString()}", State.Version, Measures());
        var report = place.Sink(GrainFactory).ReportLeafAsync(snapshot);
        return Summary(reference, _province.Code) is { } summary
            ? Task.WhenAll(report, ServiceProvider.GetRequiredService<IRecordIndex>().UpsertAsync(_province.Code, summary))
            : report;
    }
}
