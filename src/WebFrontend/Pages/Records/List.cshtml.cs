using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.DataEntry;
using AntiTrafficking.WebFrontend.Reference;
using AntiTrafficking.WebFrontend.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AntiTrafficking.WebFrontend.Pages.Records;

/// <summary>
/// The list of tips (<c>/tin-bao</c>), cases (<c>/vu-an</c>) or received persons (<c>/nan-nhan</c>, case workers only)
/// with the API's filters and paging; the grains scope it to the reader (a district officer's district, a case
/// worker's agency).
/// </summary>
public sealed class ListModel(IGrainFactory grains, UnitChoices units, ProgramFiles files, IConfiguration config) : PageModel
{
    public RecordKind Kind { get; private set; }

    public RecordQuery Query { get; private set; } = new(RecordKind.Tip);

    public RecordPage Result { get; private set; } = new([], 0, 1, RecordQuery.DefaultPageSize);

    /// <summary>The refusal of a filter or of the reader, shown above the list.</summary>
    public CommandError? Error { get; private set; }

    /// <summary>The districts the reader may filter by, with their communes (for the names of the lines' units).</summary>
    public IReadOnlyList<DistrictUnits> Districts { get; private set; } = [];

    public IReadOnlyList<AgencyEntry> Agencies => files.Agencies;

    public async Task<IActionResult> OnGetAsync()
    {
        Kind = RecordKinds.FromPath(Request.Path);
        var reader = PartyClaims.Party(User)!;
        if (!RecordKinds.MayRead(Kind, reader))
        {
            return Forbid();
        }

        var (from, to) = RecordKinds.DateFilters(Kind);
        var (query, invalid) = RecordEndpoints.Parse(Request.Query, Kind, from, to);
        Query = query ?? new RecordQuery(Kind);
        Error = invalid;
        Districts = await units.ForAsync(reader);
        if (Error is null)
        {
            Result = await grains.GetGrain<IRecordListGrain>(config["Site:Province"] ?? "22").ListAsync(Query, reader);
            Error = Result.Error;
        }

        return Page();
    }

    /// <summary>The name of a unit (district or commune) of the province, or its code.</summary>
    public string UnitName(string? code) => Districts.NameOf(code);

    public string AgencyName(string? code) => files.AgencyName(code);

    /// <summary>This list's address with the same filters, on <paramref name="page"/>.</summary>
    public string PageLink(int page)
    {
        var values = Request.Query.Where(q => q.Key != "page").Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}");
        return $"/{RecordKinds.Segment(Kind)}?{string.Join('&', values.Append($"page={page}"))}";
    }

    public int Pages => Result.PageSize == 0 ? 1 : Math.Max(1, (Result.Total + Result.PageSize - 1) / Result.PageSize);
}
