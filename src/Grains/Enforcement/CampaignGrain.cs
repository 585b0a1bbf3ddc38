using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.Grains.Aggregation;
using AntiTrafficking.Grains.Commands;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Indicators;
using Microsoft.Extensions.Logging;

namespace AntiTrafficking.Grains.Enforcement;

/// <summary>
/// A peak campaign (key "{provinceCode}:{campaignId}"). After each accepted command it reports, as versioned leaf
/// snapshots, the campaign itself to the province (campaigns.held on its first day) and each district's results to
/// that district, then its view to the province's campaign list; all of these keep only the newest version.
/// </summary>
internal sealed class CampaignGrain(
    [PersistentState("campaign", StorageNames.Main)] IPersistentState<CampaignState> state,
    ReferenceData reference,
    CalendarClock calendar,
    ILogger<CampaignGrain> logger)
    : CommandGrain<CampaignState>(state, logger), ICampaignGrain
{
    private string? _provinceCode;
    private string _id = "";

    protected override string? ProvinceCode => _provinceCode;

    protected override CommandRules? Rules => _provinceCode is { } p ? new CommandRules(reference, calendar, p) : null;

    private bool Planned => State.Name is not null;

    private string LeafKey => $"campaign:{this.GetPrimaryKeyString()}";

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (ProvinceKey.TryParse(this.GetPrimaryKeyString(), out var province, out var id) && reference.Provinces.ContainsKey(province))
        {
            _provinceCode = province;
            _id = id;
        }

        return Task.CompletedTask;
    }

    public Task<CommandResult> PlanAsync(PlanCampaign command) =>
        ExecuteAsync(
            command,
            rules => (Planned ? Refusals.Duplicate("campaignId", _id) : null)
                ?? CommandRules.CheckText("name", command.Name)
                ?? rules.CheckDate("startsOn", command.StartsOn)
                ?? (command.EndsOn < command.StartsOn ? EnforcementRefusals.EndsBeforeStart(command.EndsOn, command.StartsOn) : null)
                ?? (command.DistrictCodes.IsDefaultOrEmpty || command.DistrictCodes.Any(string.IsNullOrWhiteSpace) ? Refusals.Required("districtCodes") : null)
                ?? command.DistrictCodes
                    .Where(d => !(reference.Districts.TryGetValue(d, out var info) && info.ProvinceCode == _provinceCode))
                    .Select(d => EnforcementRefusals.UnknownPlace("districtCodes", d))
                    .FirstOrDefault(),
            () =>
            {
                State.Name = command.Name;
                State.StartsOn = command.StartsOn;
                State.EndsOn = command.EndsOn;
                State.DistrictCodes = [.. command.DistrictCodes.Distinct()];
            });

    public Task<CommandResult> RecordResultAsync(RecordCampaignResult command) =>
        ExecuteAsync(
            command,
            rules => (Planned ? null : EnforcementRefusals.NotRecorded("campaignId", "đợt cao điểm", "campaign"))
                ?? (command.Result is null ? Refusals.Required("result") : null)
                ?? (State.DistrictCodes.Contains(command.Result!.DistrictCode) ? null : EnforcementRefusals.NotInCampaign(command.Result.DistrictCode))
                ?? rules.CheckDate("result.recordedOn", command.Result.RecordedOn)
                ?? (command.Result.RecordedOn < State.StartsOn || command.Result.RecordedOn > State.EndsOn
                    ? EnforcementRefusals.OutsideCampaign(command.Result.RecordedOn, State.StartsOn, State.EndsOn)
                    : null)
                ?? CountBounds.Check("result.arrests", command.Result.Arrests, CountBounds.People)
                ?? CountBounds.Check("result.casesDetected", command.Result.CasesDetected, CountBounds.People),
            () => State.Results.Add(command.Result));

    public Task<CampaignView?> GetAsync() => Task.FromResult(Planned ? View() : null);

    protected override async Task OnCommittedAsync()
    {
        var held = MeasureSet.Empty.PlusOne(EnforcementMeasures.CampaignsHeld, State.StartsOn);
        await GrainFactory.GetGrain<IProvinceLeafSink>(_provinceCode!).ReportLeafAsync(UnitSnapshot.From(LeafKey, State.Version, held));
        foreach (var district in State.DistrictCodes)
        {
            var results = State.Results.Where(r => r.DistrictCode == district).ToList();
            var measures = MeasureSet.Empty
                .Plus(EnforcementMeasures.CampaignArrests, results.Select(r => (r.RecordedOn, (long)r.Arrests)))
                .Plus(EnforcementMeasures.CampaignCasesDetected, results.Select(r => (r.RecordedOn, (long)r.CasesDetected)));
            await GrainFactory.GetGrain<IDistrictLeafSink>(district).ReportLeafAsync(UnitSnapshot.From(LeafKey, State.Version, measures));
        }

        await GrainFactory.GetGrain<ICampaignDirectory>(_provinceCode!).UpdateAsync(View());
    }

    private CampaignView View() =>
        new(_id, State.Name!, State.StartsOn, State.EndsOn, [.. State.DistrictCodes], [.. State.Results], State.Version);
}
