using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Analysis;
using AntiTrafficking.WebFrontend.Privacy;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>
/// The pivot table of /phan-tich as JSON (issue 20.3): the same query string, read by <see cref="PivotQuery.Parse"/>
/// and laid out by <see cref="PivotTable.LoadAsync"/> from <see cref="PivotFigures"/>, so its cells and their
/// protection for the public are the page's. Open to the public, like the province's scorecards.
/// </summary>
public static class PivotEndpoints
{
    private const string Description =
        "Các tham số như trang /phan-tich: ind (mã chỉ tiêu, cách nhau bằng dấu phẩy; trống: tất cả), units (province, district, commune hoặc mã GSO), "
        + "periods (2013, 2013-H1, 2013-Q2, khoảng 2013Q1:2015Q4, cách nhau bằng dấu phẩy; trống: năm hiện tại), rows và cols (indicator, unit, period; chiều còn lại là bộ lọc, giữ đúng một mục), "
        + "show (value, fraction, status). Không đăng nhập: số người từ 1 đến 4 là null với trạng thái \"small\", số bị ẩn thêm là null với \"withheld\", giá trị và đánh giá tính từ số bị ẩn là null với suppressed: true. "
        + "/ The parameters of the /phan-tich page: ind (indicator codes, comma separated; none: all), units (province, district, commune or GSO codes), "
        + "periods (2013, 2013-H1, 2013-Q2, a range 2013Q1:2015Q4, comma separated; none: the current year), rows and cols (indicator, unit, period; the third dimension is the filter and must hold one item), "
        + "show (value, fraction, status; the page's display, echoed). Without sign-in: a count of people from 1 to 4 is null with state \"small\", a count withheld so that a small one cannot be worked out is null with state \"withheld\", "
        + "and a value and status computed from a hidden count are null with suppressed: true; signed-in callers get every count, state \"shown\". "
        + "A bad parameter is a 400 problem whose field names it (ind, units, periods, rows, filter or show).";

    /// <summary>Maps GET /provinces/{code}/pivot under <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapPivot(this RouteGroupBuilder api)
    {
        // The parameters are declared for the OpenAPI document; PivotQuery reads them from the query string as the page does.
        api.MapGet("/provinces/{code}/pivot", (HttpRequest request, IGrainFactory grains, PeriodDefaults defaults, SmallCounts counts, PivotFigures figures,
                    string code, string? ind, string? units, string? periods, string? rows, string? cols, string? show) =>
                AnswerAsync(request, grains, defaults, counts, figures, code))
            .Produces<PivotAnswer>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Bảng phân tích / Pivot table of indicators × units × periods")
            .WithDescription(Description)
            .WithTags("Queries");
        return api;
    }

    private static async Task<IResult> AnswerAsync(HttpRequest request, IGrainFactory grains, PeriodDefaults defaults, SmallCounts counts, PivotFigures figures, string code)
    {
        try
        {
            var version = await grains.GetGrain<IProvinceGrain>(code).GetVersionAsync();
            var (query, error) = PivotQuery.Parse(request.Query, (await defaults.ResolveAsync(null))!);
            PivotTable? table = null;
            if (query is not null)
            {
                (table, error) = await PivotTable.LoadAsync(figures, code, version, query, request.HttpContext.User);
            }

            return error is not null
                ? Problems.Invalid(request, "invalidPivot", error.Parameter, error.MessageVi, error.MessageEn)
                : Results.Ok(PivotAnswer.Of(code, version, counts.Threshold, table!));
        }
        catch (UnknownUnitException ex)
        {
            return Problems.UnknownUnit(request, "code", ex.Code);
        }
    }
}

/// <summary>A pivot table as the API answers it: the layout, the headers and the cells row by row.</summary>
/// <param name="Province">The province's GSO code.</param>
/// <param name="Version">The province's data version the table was read at.</param>
/// <param name="Rows">The dimension on rows: indicator, unit or period.</param>
/// <param name="Columns">The dimension on columns.</param>
/// <param name="Filter">The third dimension and its one item.</param>
/// <param name="Show">What the page would show in each cell (value, fraction or status); every field is given here.</param>
/// <param name="SmallCountThreshold">The smallest count of people shown as it is to the public.</param>
/// <param name="RowHeaders">The row items in order (code and label).</param>
/// <param name="ColumnHeaders">The column items in order.</param>
/// <param name="Cells">One list per row, one cell per column; null where the unit has no such indicator.</param>
/// <param name="Link">The query string of the table, to open it on /phan-tich.</param>
public sealed record PivotAnswer(
    string Province, long Version, PivotDimension Rows, PivotDimension Columns, PivotFilter Filter, PivotShow Show, int SmallCountThreshold,
    IReadOnlyList<PivotItem> RowHeaders, IReadOnlyList<PivotItem> ColumnHeaders, IReadOnlyList<IReadOnlyList<PivotAnswerCell?>> Cells, string Link)
{
    /// <summary>The answer of <paramref name="table"/>.</summary>
    public static PivotAnswer Of(string province, long version, int threshold, PivotTable table) => new(
        province, version, table.Query.Rows, table.Query.Columns, new PivotFilter(table.Query.Filter, table.FilterItem), table.Query.Show, threshold,
        table.RowItems, table.ColumnItems,
        [.. table.Cells.Select(row => (IReadOnlyList<PivotAnswerCell?>)[.. row.Select(PivotAnswerCell.Of)])],
        table.Query.ToQueryString());
}

/// <summary>The filter dimension and its item.</summary>
/// <param name="Dimension">indicator, unit or period.</param>
/// <param name="Item">Its one item.</param>
public sealed record PivotFilter(PivotDimension Dimension, PivotItem Item);

/// <summary>One cell as its reader may see it, like an indicator of a scorecard.</summary>
/// <param name="Value">Percentage with one decimal; null when there is no data or when suppressed.</param>
/// <param name="Numerator">The numerator; null when protected.</param>
/// <param name="NumeratorState">shown, small or withheld.</param>
/// <param name="Denominator">The denominator (0 means no data); null when protected.</param>
/// <param name="DenominatorState">shown, small or withheld.</param>
/// <param name="Target">The target of the period.</param>
/// <param name="Status">Status against the target; null when suppressed.</param>
/// <param name="Suppressed">Whether the value and status are hidden because one of the counts is.</param>
public sealed record PivotAnswerCell(
    decimal? Value, long? Numerator, CellState NumeratorState, long? Denominator, CellState DenominatorState, decimal? Target, IndicatorStatus? Status, bool Suppressed)
{
    /// <summary>The answer's cell of a table's cell (null stays null).</summary>
    public static PivotAnswerCell? Of(PivotCell? cell) => cell is null ? null
        : new(cell.Value, cell.NumeratorCount, cell.NumeratorState, cell.DenominatorCount, cell.DenominatorState, cell.Target, cell.Status, cell.Hidden);
}
