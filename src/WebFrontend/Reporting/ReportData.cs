using AntiTrafficking.GrainInterfaces.Enforcement;
using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.WebFrontend.Reporting;

/// <summary>
/// What every export of a period shows: the figures at close when the period is closed (the snapshot never changes),
/// else the live figures, marked as provisional; and the consolidated report beside them.
/// </summary>
/// <param name="Report">The consolidated report.</param>
/// <param name="Province">The province scorecard exported.</param>
/// <param name="Districts">The district scorecards exported.</param>
/// <param name="Communes">The commune scorecards exported (at close), or empty when open.</param>
/// <param name="ThreeSector">The joint crime statistics exported.</param>
public sealed record ReportData(
    ConsolidatedReport Report, ScorecardView Province, IReadOnlyList<ScorecardView> Districts, IReadOnlyList<ScorecardView> Communes, ThreeSectorView ThreeSector)
{
    /// <summary>True when the figures are those of the close snapshot.</summary>
    public bool AtClose => Report.Snapshot is not null;

    /// <summary>The period.</summary>
    public string Period => Report.Status.Period;

    /// <summary>Reads the consolidated report of <paramref name="period"/> and chooses the figures to export.</summary>
    /// <param name="grains">The cluster.</param>
    /// <param name="province">The province.</param>
    /// <param name="period">The period.</param>
    /// <param name="stage">Told of each read as it starts (an export job's progress).</param>
    public static async Task<ReportData> LoadAsync(IGrainFactory grains, string province, string period, Action<ExportStage>? stage = null)
    {
        stage?.Invoke(ExportStage.ReadingReport);
        var report = await grains.GetGrain<IReportingPeriodGrain>($"{province}:{period}").GetConsolidatedAsync();
        if (report.Snapshot is { } snapshot)
        {
            return new ReportData(report, snapshot.Province, snapshot.Districts, snapshot.Communes, snapshot.ThreeSector);
        }

        stage?.Invoke(ExportStage.ReadingThreeSector);
        var threeSector = await grains.GetGrain<IThreeSectorStatisticsGrain>($"{province}:{period}").GetComparisonAsync();
        return new ReportData(report, report.CurrentProvince, report.CurrentDistricts, [], threeSector);
    }

    /// <summary>The live figures of the same indicator of the province, when they differ from the exported ones.</summary>
    public IndicatorValue? CurrentIfDifferent(string unitCode, string indicatorCode) =>
        Report.Differences.FirstOrDefault(d => d.UnitCode == unitCode && d.IndicatorCode == indicatorCode)?.Current;
}
