using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Grains.Catalog;
using AntiTrafficking.Indicators;

namespace AntiTrafficking.Grains.Units;

/// <summary>Turns a unit's measures into the scorecard view every level returns, through the one indicator engine.</summary>
public sealed class ScorecardFactory(IGrainFactory grains)
{
    /// <summary>Parses a period, refusing malformed text with a bilingual message.</summary>
    public static Period ParsePeriod(string period) =>
        Period.TryParse(period, out var parsed)
            ? parsed
            : throw new ArgumentException(
                $"Kỳ '{period}' không hợp lệ (ví dụ: 2013, 2013-H1, 2013-Q2) / Invalid period '{period}' (e.g. 2013, 2013-H1, 2013-Q2).",
                nameof(period));

    /// <summary>The program catalog's measures and version (legal documents, guidance documents).</summary>
    public async Task<(MeasureSet Measures, long Version)> CatalogAsync(IndicatorProgram program)
    {
        var snapshot = await grains.GetGrain<ICatalogLookup>(program.Code).GetMeasuresAsync();
        return (snapshot.ToMeasureSet(), snapshot.Version);
    }

    /// <summary>
    /// A scorecard for one unit, fetching the catalog's measures first; computed from <paramref name="measures"/> only
    /// when <paramref name="views"/> does not already hold it for this period at this data and catalog version.
    /// </summary>
    internal async Task<ScorecardView> CreateAsync(
        ComputedViews<ScorecardView> views, IndicatorProgram program, UnitLevel level, string code, string name, string type, Func<MeasureSet> measures, string period, long version)
    {
        var parsed = ParsePeriod(period);
        var catalog = await CatalogAsync(program);
        return views.Get(parsed.ToString(), version + catalog.Version, () => Create(program, level, code, name, type, measures(), catalog, parsed, version));
    }

    /// <summary>A scorecard for one unit with the catalog already fetched.</summary>
    public static ScorecardView Create(
        IndicatorProgram program,
        UnitLevel level,
        string code,
        string name,
        string type,
        MeasureSet measures,
        (MeasureSet Measures, long Version) catalog,
        Period period,
        long version)
    {
        var all = measures.Add(catalog.Measures);
        var definitions = program.Indicators.ToDictionary(i => i.Code);
        var indicators = Scorecard.Compute(program, ToScope(level), all, period)
            .Select(r =>
            {
                var d = definitions[r.Code];
                return new IndicatorValue(
                    r.Code, d.NameVi, d.NameEn, d.Project, r.Numerator, r.Denominator, r.DisplayValue, r.DisplayTarget, ToStatus(r.Status));
            })
            .ToImmutableArray();
        var outputNames = program.Outputs.ToDictionary(o => o.Code);
        var outputs = Scorecard.ComputeOutputs(program, all, period)
            .Select(o => new OutputValue(o.Code, o.Key, outputNames[o.Code].NameVi, outputNames[o.Code].NameEn, o.Value))
            .ToImmutableArray();
        return new ScorecardView(level, code, name, type, period.ToString(), indicators, outputs, version + catalog.Version);
    }

    private static ScopeLevel ToScope(UnitLevel level) => level switch
    {
        UnitLevel.Commune => ScopeLevel.Commune,
        UnitLevel.District => ScopeLevel.District,
        _ => ScopeLevel.Province,
    };

    private static GrainInterfaces.Views.IndicatorStatus ToStatus(Indicators.IndicatorStatus status) => status switch
    {
        Indicators.IndicatorStatus.Met => GrainInterfaces.Views.IndicatorStatus.Met,
        Indicators.IndicatorStatus.Near => GrainInterfaces.Views.IndicatorStatus.Near,
        Indicators.IndicatorStatus.Off => GrainInterfaces.Views.IndicatorStatus.Off,
        Indicators.IndicatorStatus.BeforeProgram => GrainInterfaces.Views.IndicatorStatus.BeforeProgram,
        _ => GrainInterfaces.Views.IndicatorStatus.NoData,
    };
}
