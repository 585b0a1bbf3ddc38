using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.Grains.Commands;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Indicators;
using Microsoft.Extensions.Logging;

namespace AntiTrafficking.Grains.Enforcement;

/// <summary>A key route or area of a district or commune, designated and then worked by Police or Border Guard; see <see cref="KeyAreaMeasures"/>.</summary>
internal sealed class KeyAreaGrain(
    [PersistentState("keyArea", StorageNames.Main)] IPersistentState<KeyAreaState> state,
    ReferenceData reference,
    CalendarClock calendar,
    ILogger<KeyAreaGrain> logger)
    : LeafGrain<KeyAreaState>(state, reference, calendar, logger), IKeyAreaGrain
{
    protected override string LeafKind => "keyArea";

    public Task<CommandResult> DesignateAsync(DesignateKeyArea command) =>
        ExecuteAsync(
            command,
            rules => (Created ? Refusals.Duplicate("areaId", Id) : null)
                ?? CheckPlace(command.UnitCode, allowProvince: false)
                ?? CommandRules.CheckText("name", command.Name)
                ?? rules.CheckDate("designatedOn", command.DesignatedOn),
            () =>
            {
                State.UnitCode = command.UnitCode;
                State.Kind = command.Kind;
                State.Name = command.Name;
                State.DesignatedOn = command.DesignatedOn;
                Record(command, "designated", command.DesignatedOn, EnumText.Camel(command.Kind));
            });

    public Task<CommandResult> RecordMeasureAsync(RecordKeyAreaMeasure command) =>
        ExecuteAsync(
            command,
            rules => (Created ? null : EnforcementRefusals.NotRecorded("areaId", "tuyến, địa bàn trọng điểm", "key area"))
                ?? CommandRules.CheckText("description", command.Description)
                ?? rules.CheckDate("appliedOn", command.AppliedOn)
                ?? (command.AppliedOn < State.DesignatedOn ? EnforcementRefusals.BeforeDesignation(command.AppliedOn, State.DesignatedOn) : null),
            () =>
            {
                State.MeasuresAppliedOn.Add(command.AppliedOn);
                Record(command, "measureApplied", command.AppliedOn, command.Description);
            });

    public Task<KeyAreaView?> GetAsync() =>
        Task.FromResult(Created
            ? new KeyAreaView(
                Id, State.UnitCode!, State.Kind, State.Name, State.DesignatedOn, [.. State.MeasuresAppliedOn.Order()], [.. State.History], State.Version)
            : null);

    protected override MeasureSet Measures() => KeyAreaMeasures.From(State);
}
