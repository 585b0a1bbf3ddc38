using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Api;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiTrafficking.WebFrontend.Reporting;

/// <summary>
/// The consolidated report of a period in Vietnamese administrative form (national motto, issuing body, number, place
/// and date, title, body, recipients), laid out for A4 printing or "save as PDF".
/// </summary>
public sealed class PrintableReportModel(IGrainFactory grains, PeriodDefaults defaults, TimeProvider time) : PageModel
{
    /// <summary>The figures and status exported.</summary>
    public ReportData Data { get; private set; } = null!;

    /// <summary>The province's name.</summary>
    public string ProvinceName { get; private set; } = "";

    /// <summary>The program's decision, e.g. "3087/QĐ-UBND".</summary>
    public string Decision { get; private set; } = "";

    /// <summary>The title block, the same as the XLSX export's (<see cref="ReportWorkbook.TitleBlock"/>).</summary>
    public IReadOnlyList<string> TitleBlock { get; private set; } = [];

    /// <summary>The report's date: the approval, else the close, else today.</summary>
    public DateOnly IssuedOn => Data.Report.Status.Approval?.ApprovedOn ?? Data.Report.Status.ClosedOn ?? Data.Report.Status.Today;

    /// <summary>Loads the report; 404 for a period that is not a reporting period.</summary>
    public async Task<IActionResult> OnGetAsync(string period)
    {
        try
        {
            Data = await ReportData.LoadAsync(grains, defaults.Province, period);
        }
        catch (UnknownUnitException)
        {
            return NotFound();
        }

        var province = grains.GetGrain<IProvinceGrain>(defaults.Province);
        ProvinceName = (await province.GetSummaryAsync()).NameVi;
        Decision = (await province.GetProgramAsync()).Decision;
        TitleBlock = ReportWorkbook.TitleBlock(Data, time.GetUtcNow());
        return Page();
    }

    /// <summary>The indicators of the province exported, each with its live figures when they moved after the close.</summary>
    public IEnumerable<(IndicatorValue AtClose, IndicatorValue? Current)> Indicators() =>
        Data.Province.Indicators.Select(i => (i, Data.CurrentIfDifferent(Data.Province.UnitCode, i.Code)));
}
