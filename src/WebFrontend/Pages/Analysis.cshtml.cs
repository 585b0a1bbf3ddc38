using System.Buffers;
using System.Text;
using System.Text.Json;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.WebFrontend.Analysis;
using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.Reference;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Localization;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>
/// The pivot table (/phan-tich, issue 20.3): indicators, units and periods on rows, columns or the filter, as values,
/// numerators/denominators or statuses, with a chart, a shareable link and CSV/XLSX exports (?handler=export&amp;format=).
/// A query the table cannot answer shows its refusal in both languages (400) and no table. The public's pages are served
/// from memory while nothing changed (<see cref="ProvincePageCache"/>: keyed by the province's version and the link).
/// </summary>
[OutputCache(PolicyName = ProvincePageCache.Name)]
public sealed class AnalysisModel(IGrainFactory grains, PeriodDefaults defaults, ProgramFiles files, PivotFigures figures, IStringLocalizer<SharedResource> localizer)
    : UnitPageModel(grains, defaults, files)
{
    /// <summary>The table, or null when the query was refused.</summary>
    public PivotTable? Table { get; private set; }

    /// <summary>The query shown in the form (the default one when refused).</summary>
    public PivotQuery? Query { get; private set; }

    /// <summary>The refusal, or null.</summary>
    public PivotError? Error { get; private set; }

    /// <summary>The data version shown, for the live badge.</summary>
    public long Version { get; private set; }

    /// <summary>The districts, for the form's list of units.</summary>
    public IReadOnlyList<GrainInterfaces.Views.UnitSummary> DistrictUnits { get; private set; } = [];

    /// <summary>
    /// The chart's data: one dataset per column, one label per row (values only), and each bar's unit, indicator and
    /// period ("unit|indicator|period"), so that pivot-chart.js redraws it from a pushed figure. Written straight to JSON
    /// (the serializer's own output for the same object), not through an object per bar.
    /// </summary>
    public string ChartJson => Table is null ? "{}" : ChartJsonOf(Table);

    /// <summary>The signed-in user's saved tables; empty for the public.</summary>
    public IReadOnlyList<GrainInterfaces.Accounts.PivotFavourite> Favourites { get; private set; } = [];

    /// <summary>A refusal of saving or deleting a favourite, or null.</summary>
    public GrainInterfaces.Commands.CommandError? SaveError { get; private set; }

    /// <summary>Shows the table.</summary>
    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : SetBadRequest();

    /// <summary>The table as CSV or XLSX (?format=csv|xlsx).</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format)
    {
        if (format is not ("csv" or "xlsx"))
        {
            return BadRequest(new { code = "format", messageVi = $"Định dạng '{format}' không hợp lệ: csv hoặc xlsx.", messageEn = $"Format '{format}' is invalid: csv or xlsx." });
        }

        if (!await LoadAsync())
        {
            return BadRequest(new { code = Error!.Parameter, messageVi = Error.MessageVi, messageEn = Error.MessageEn });
        }

        string L(string key) => localizer[key];
        return format == "csv"
            ? File(PivotExport.Csv(Table!, L), "text/csv; charset=utf-8", "phan-tich.csv")
            : File(PivotExport.Xlsx(Table!, DateTimeOffset.UtcNow, L), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "phan-tich.xlsx");
    }

    /// <summary>Saves the table shown (its query string) under a name for the signed-in user; the public may not (403).</summary>
    public async Task<IActionResult> OnPostFavouriteAsync(string? name)
    {
        if (Security.PartyClaims.Party(User) is not { } party)
        {
            return await PublicMayNotSaveAsync();
        }

        if (!await LoadAsync())
        {
            return SetBadRequest();
        }

        SaveError = await Grains.GetGrain<GrainInterfaces.Accounts.IAccountGrain>(party.UserId)
            .SaveFavouriteAsync(new(name ?? "", Query!.ToQueryString(), DateTimeOffset.UtcNow));
        if (SaveError is not null)
        {
            return SetBadRequest();
        }

        return Redirect("/phan-tich" + Query!.ToQueryString());
    }

    /// <summary>
    /// Deletes the signed-in user's favourite named <paramref name="name"/> and shows the table again; 404 with the
    /// refusal in both languages when there is none, 403 for the public.
    /// </summary>
    public async Task<IActionResult> OnPostDeleteFavouriteAsync(string? name)
    {
        if (Security.PartyClaims.Party(User) is not { } party)
        {
            return await PublicMayNotSaveAsync();
        }

        var refusal = await Grains.GetGrain<GrainInterfaces.Accounts.IAccountGrain>(party.UserId).DeleteFavouriteAsync(name ?? "");
        await LoadAsync();
        if (refusal is not null)
        {
            SaveError = refusal;
            Response.StatusCode = refusal.Code == "notFound" ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            return Page();
        }

        return Redirect("/phan-tich" + Query!.ToQueryString());
    }

    /// <summary>The table with the refusal of saved tables to the public (403): favourites are a signed-in user's.</summary>
    private async Task<IActionResult> PublicMayNotSaveAsync()
    {
        await LoadAsync();
        SaveError = new("notPermitted", "name", "Đăng nhập để lưu bảng; liên kết chia sẻ vẫn dùng được.", "Sign in to save a table; the link to share it still works.");
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    private IActionResult SetBadRequest()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync()
    {
        var period = await ChoosePeriodAsync(null);
        var province = Grains.GetGrain<IProvinceGrain>(ProvinceCode);
        DistrictUnits = await province.GetDistrictsAsync();
        Version = await province.GetVersionAsync();
        (Query, Error) = PivotQuery.Parse(Request.Query, period);
        if (Query is not null)
        {
            (Table, Error) = await PivotTable.LoadAsync(figures, ProvinceCode, Version, Query, User);
        }

        Query ??= PivotQuery.Parse(new QueryCollection(), period).Query;
        if (Security.PartyClaims.Party(User) is { } party)
        {
            Favourites = await Grains.GetGrain<GrainInterfaces.Accounts.IAccountGrain>(party.UserId).GetFavouritesAsync();
        }

        return Error is null;
    }

    private static string ChartJsonOf(PivotTable table)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("labels");
            foreach (var row in table.RowItems)
            {
                json.WriteStringValue(row.Label);
            }

            json.WriteEndArray();
            json.WriteStartArray("datasets");
            for (var c = 0; c < table.ColumnItems.Count; c++)
            {
                json.WriteStartObject();
                json.WriteString("label", table.ColumnItems[c].Label);
                json.WriteStartArray("data");
                foreach (var row in table.Cells)
                {
                    if (row[c] is { Hidden: false, Value: { } value })
                    {
                        json.WriteNumberValue(value);
                    }
                    else
                    {
                        json.WriteNullValue();
                    }
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            // What pivot-chart.js finds each bar's unit, indicator and period by, as live.js does the table's cells.
            json.WriteString("grid", table.LiveGrid);
            json.WriteString("filter", table.FilterItem.Code);
            json.WriteStartArray("rows");
            foreach (var row in table.RowItems)
            {
                json.WriteStringValue(row.Code);
            }

            json.WriteEndArray();
            json.WriteStartArray("columns");
            foreach (var column in table.ColumnItems)
            {
                json.WriteStringValue(column.Code);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
