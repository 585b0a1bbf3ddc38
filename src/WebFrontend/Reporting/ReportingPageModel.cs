using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.WebFrontend.Api;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiTrafficking.WebFrontend.Reporting;

/// <summary>
/// The standing office's page (/bao-cao): for a period, who has reported, completeness and timeliness per agency and
/// per district, the overdue reporters, close and approval, figures at close beside the live ones, and the exports;
/// then every period of the program and every reporter's record.
/// </summary>
public sealed class ReportingPageModel(IGrainFactory grains, PeriodDefaults defaults) : PageModel
{
    /// <summary>The province.</summary>
    public string Province => defaults.Province;

    /// <summary>Every period and every reporter's record.</summary>
    public ReportingOverview Overview { get; private set; } = null!;

    /// <summary>The period shown.</summary>
    public ReportData Data { get; private set; } = null!;

    /// <summary>Set when the requested period is not a reporting period and the default is shown.</summary>
    public string? PeriodError { get; private set; }

    /// <summary>Loads the overview and the chosen period (default: the latest period already due).</summary>
    public async Task OnGetAsync(string? period)
    {
        Overview = await grains.GetGrain<IReportingOfficeGrain>(Province).GetOverviewAsync();
        var chosen = Overview.Periods.FirstOrDefault(p => p.Period == period)?.Period;
        if (period is not null && chosen is null)
        {
            PeriodError = $"Kỳ '{period}' không thuộc chế độ báo cáo; đang hiển thị kỳ mặc định.";
        }

        chosen ??= Overview.Periods.LastOrDefault(p => p.DueOn < Overview.Today)?.Period ?? Overview.Periods[0].Period;
        Data = await ReportData.LoadAsync(grains, Province, chosen);
    }
}
