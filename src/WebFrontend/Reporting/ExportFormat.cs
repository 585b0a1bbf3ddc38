namespace AntiTrafficking.WebFrontend.Reporting;

/// <summary>What an export job writes.</summary>
public enum ExportFormat
{
    /// <summary>The consolidated report as an XLSX workbook (<see cref="ReportWorkbook"/>).</summary>
    Xlsx,

    /// <summary>Every scorecard of the period as CSV (<see cref="ScorecardCsv"/>).</summary>
    Csv,
}
