using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.Indicators;

namespace AntiTrafficking.Grains.Enforcement;

/// <summary>
/// Reconciles the three sectors' figures: each submitted figure against the count from the case records, and the
/// sectors against each other (each pair once, in the order Police, Procuracy, Court).
/// </summary>
internal static class SectorComparison
{
    /// <summary>Each category, its Vietnamese name and the measure the case records count it with.</summary>
    public static readonly ImmutableArray<(StatisticsCategory Category, string NameVi, string Measure)> Categories =
    [
        (StatisticsCategory.CasesOpened, "Số vụ khởi tố", Measures.CasesOpened),
        (StatisticsCategory.CasesProsecuted, "Số vụ truy tố", EnforcementMeasures.CasesIndicted),
        (StatisticsCategory.SuspectsProsecuted, "Số bị can bị truy tố", Measures.SuspectsProsecuted),
        (StatisticsCategory.CasesTried, "Số vụ xét xử sơ thẩm", Measures.CasesTried),
        (StatisticsCategory.PeopleConvicted, "Số bị cáo bị kết án", Measures.PeopleConvicted),
    ];

    public static (ImmutableArray<SectorComparisonRow> Rows, ImmutableArray<StatisticsDiscrepancy> Discrepancies) Compare(
        string period, IReadOnlyDictionary<StatisticsCategory, long> records, IReadOnlyDictionary<string, SectorCounts> submissions)
    {
        var rows = ImmutableArray.CreateBuilder<SectorComparisonRow>();
        var discrepancies = ImmutableArray.CreateBuilder<StatisticsDiscrepancy>();
        foreach (var (category, nameVi, _) in Categories)
        {
            var expected = records[category];
            var figures = AgencyRoles.ThreeSectors
                .Select(agency => (Agency: agency, Figure: submissions.TryGetValue(agency, out var counts) ? counts.Get(category) : null))
                .ToList();
            var submitted = figures.Where(f => f.Figure is not null).Select(f => (f.Agency, Figure: f.Figure!.Value)).ToList();

            discrepancies.AddRange(submitted
                .Where(f => f.Figure != expected)
                .Select(f => new StatisticsDiscrepancy(period, category, f.Agency, f.Figure, "records", expected)));
            discrepancies.AddRange(submitted
                .SelectMany((a, i) => submitted.Skip(i + 1).Where(b => b.Figure != a.Figure)
                    .Select(b => new StatisticsDiscrepancy(period, category, a.Agency, a.Figure, b.Agency, b.Figure))));

            rows.Add(new SectorComparisonRow(
                category, nameVi, expected, figures[0].Figure, figures[1].Figure, figures[2].Figure, submitted.All(f => f.Figure == expected)));
        }

        return (rows.ToImmutable(), discrepancies.ToImmutable());
    }
}
