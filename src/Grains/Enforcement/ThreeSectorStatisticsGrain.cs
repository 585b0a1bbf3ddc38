using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Grains.Commands;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Indicators;
using Microsoft.Extensions.Logging;

namespace AntiTrafficking.Grains.Enforcement;

/// <summary>
/// The joint crime statistics of a province for a period (key "{provinceCode}:{period}"). Only the submissions are
/// stored; the records' counts are read from the province scorecard when asked, so the comparison is always live.
/// Only the canonical period text is a valid key ("2013-H1", not "2013-h1"), so one period has one grain.
/// </summary>
internal sealed class ThreeSectorStatisticsGrain(
    [PersistentState("threeSector", StorageNames.Main)] IPersistentState<ThreeSectorState> state,
    ReferenceData reference,
    CalendarClock calendar,
    ILogger<ThreeSectorStatisticsGrain> logger)
    : CommandGrain<ThreeSectorState>(state, logger), IThreeSectorStatisticsGrain
{
    private ProvinceInfo? _province;
    private Period? _period;

    protected override string? ProvinceCode => _province?.Code;

    protected override CommandRules? Rules => _province is { } p && _period is not null ? new CommandRules(reference, calendar, p.Code) : null;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (ProvinceKey.TryParse(this.GetPrimaryKeyString(), out var province, out var period)
            && reference.Provinces.TryGetValue(province, out var info)
            && Period.TryParse(period, out var parsed)
            && parsed.ToString() == period)
        {
            _province = info;
            _period = parsed;
        }

        return Task.CompletedTask;
    }

    public Task<CommandResult> SubmitAsync(SubmitSectorStatistics command) =>
        ExecuteAsync(
            command,
            _ => (command.Counts is null ? Refusals.Required("counts") : null)
                ?? (SectorComparison.Categories.All(c => command.Counts!.Get(c.Category) is null) ? EnforcementRefusals.NothingSubmitted() : null)
                ?? SectorComparison.Categories
                    .Select(c => command.Counts!.Get(c.Category) is { } count
                        ? CountBounds.Check("counts." + EnumText.Camel(c.Category), count, CountBounds.Statistics)
                        : null)
                    .FirstOrDefault(r => r is not null),
            () => State.Submissions[command.Actor.AgencyCode!] = command.Counts);

    public async Task<ThreeSectorView> GetComparisonAsync()
    {
        if (_province is null || _period is null)
        {
            throw new UnknownUnitException(this.GetPrimaryKeyString());
        }

        var card = await GrainFactory.GetGrain<IProvinceGrain>(_province.Code).GetScorecardAsync(_period.ToString());
        var records = SectorComparison.Categories.ToDictionary(c => c.Category, c => RecordsCount(card.Outputs, c.Measure));
        var (rows, discrepancies) = SectorComparison.Compare(_period.ToString(), records, State.Submissions);
        return new ThreeSectorView(_province.Code, _period.ToString(), rows, discrepancies, State.Version);
    }

    protected override Task OnCommittedAsync() => Task.CompletedTask;

    private long RecordsCount(IEnumerable<OutputValue> outputs, string measure)
    {
        var code = _province!.Program.Outputs.FirstOrDefault(o => o.Measure == measure)?.Code
            ?? throw new InvalidOperationException(
                $"Chương trình {_province.Program.Code} không có chỉ số đầu ra cho '{measure}' / The program has no output for '{measure}'.");
        return outputs.Single(o => o.Code == code && o.Key is null).Value;
    }
}
