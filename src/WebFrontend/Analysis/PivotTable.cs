using System.Collections.Frozen;
using System.Security.Claims;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Pages;
using AntiTrafficking.WebFrontend.Privacy;

namespace AntiTrafficking.WebFrontend.Analysis;

/// <summary>One item of a dimension: its code and its label.</summary>
public sealed record PivotItem(string Code, string Label);

/// <summary>
/// One cell: the scorecard's figures of one indicator, unit and period as the reader may see them (null counts when
/// protected, <see cref="Hidden"/> when the value is worked out from one), with the state of each count: shown, small
/// or withheld, and the <see cref="Threshold"/> a small one is shown under.
/// </summary>
public sealed record PivotCell(
    long? NumeratorCount, long? DenominatorCount, decimal? Value, decimal? Target, IndicatorStatus? Status, bool Hidden,
    CellState NumeratorState, CellState DenominatorState, int Threshold)
{
    /// <summary>The numerator as shown (<see cref="SmallCounts.Show(long?, CellState, int, string)"/>), written only when a table shows it.</summary>
    public string Numerator => SmallCounts.Show(NumeratorCount, NumeratorState, Threshold, "ẩn");

    /// <summary>The denominator as shown.</summary>
    public string Denominator => SmallCounts.Show(DenominatorCount, DenominatorState, Threshold, "ẩn");

    /// <summary>The cell of <paramref name="value"/> in <paramref name="unit"/> with its group's protection <paramref name="counts"/>.</summary>
    public static PivotCell Of(IndicatorValue value, string unit, ProtectedCounts counts, int threshold)
    {
        var (numerator, denominator) = counts.Applies ? counts.CountsOf(unit, value.Code) : (CellState.Shown, CellState.Shown);
        var hidden = numerator != CellState.Shown || denominator != CellState.Shown;
        return new PivotCell(
            numerator == CellState.Shown ? value.Numerator : null, denominator == CellState.Shown ? value.Denominator : null,
            hidden ? null : value.Value, value.Target, hidden ? null : value.Status, hidden, numerator, denominator, threshold);
    }
}

/// <summary>
/// A pivot table (issue 20.3) read from the scorecards the unit grains keep computed (never from the events), through
/// <see cref="PivotFigures"/> — each level of a period read in one call, kept for the province's data version — each
/// group protected for the reader by <see cref="SmallCounts"/> as the scorecards are.
/// </summary>
public sealed record PivotTable(PivotQuery Query, IReadOnlyList<PivotItem> RowItems, IReadOnlyList<PivotItem> ColumnItems, PivotItem FilterItem, IReadOnlyList<IReadOnlyList<PivotCell?>> Cells)
{
    /// <summary>
    /// Reads the scorecards the query needs (from <paramref name="figures"/>, at the province's <paramref name="version"/>)
    /// and lays them out; an error when a code is unknown or the filter holds more than one item.
    /// </summary>
    public static async Task<(PivotTable? Table, PivotError? Error)> LoadAsync(
        PivotFigures figures, string province, long version, PivotQuery query, ClaimsPrincipal reader)
    {
        bool Needs(int length) => query.Level switch
        {
            "province" => length == 2,
            "district" => length == 3,
            "commune" => length == 5,
            _ => query.Units.Any(u => u.Length == length),
        };

        // Each period's units with their cells as the reader may see them (kept with the figures), and the units of the
        // levels asked for in the first period's order.
        var read = await figures.GetAsync(province, version, [.. query.Periods.Select(p => p.ToString())]);
        var byPeriod = new Dictionary<string, IReadOnlyDictionary<string, FrozenDictionary<string, PivotCell>>>(StringComparer.Ordinal);
        var order = new List<PivotItem>();
        // Every indicator of the cards read, in code order (the first card's wording of each). The units of one level
        // and period have the same indicators: its first card stands for all of them.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var catalog = new List<IndicatorValue>();
        for (var i = 0; i < read.Count; i++)
        {
            var period = read[i];
            byPeriod[query.Periods[i].ToString()] = period.CellsFor(reader);
            IEnumerable<ScorecardView> LevelCards(int length) => length switch
            {
                2 => [period.Province.Unit],
                3 => period.Province.Children,
                _ => period.Districts.SelectMany(d => d.Children),
            };
            foreach (var length in new[] { 2, 3, 5 }.Where(Needs))
            {
                foreach (var indicator in LevelCards(length).Take(1).SelectMany(c => c.Indicators))
                {
                    if (seen.Add(indicator.Code))
                    {
                        catalog.Add(indicator);
                    }
                }

                if (i == 0)
                {
                    order.AddRange(LevelCards(length).Select(c => new PivotItem(c.UnitCode, c.NameVi)));
                }
            }
        }

        var unknown = query.Units.Where(u => !Needs(u.Length) || !byPeriod.Values.Any(units => units.ContainsKey(u))).ToList();
        if (unknown.Count > 0)
        {
            return (null, new PivotError("units", $"Không có đơn vị {string.Join(", ", unknown)} trong tỉnh.", $"No unit {string.Join(", ", unknown)} in the province."));
        }

        var byCode = order.ToDictionary(o => o.Code, StringComparer.Ordinal);
        var units = query.Level is null ? [.. query.Units.Select(u => byCode[u])] : order;
        catalog.Sort((a, b) => string.CompareOrdinal(a.Code, b.Code));
        var unknownIndicators = query.Indicators.Where(i => catalog.All(c => c.Code != i)).ToList();
        if (unknownIndicators.Count > 0)
        {
            return (null, new PivotError("ind", $"Không có chỉ tiêu {string.Join(", ", unknownIndicators)} ở cấp đơn vị đã chọn.",
                $"No indicator {string.Join(", ", unknownIndicators)} at the units chosen."));
        }

        var indicators = (query.Indicators.Count == 0 ? catalog : [.. query.Indicators.Select(i => catalog.First(c => c.Code == i))])
            .Select(i => new PivotItem(i.Code, $"{i.Code} · {Display.Name(i)}")).ToList();
        var periods = query.Periods.Select(p => new PivotItem(p.ToString(), Display.PeriodName(p.ToString()))).ToList();
        IReadOnlyList<PivotItem> Items(PivotDimension d) => d switch
        {
            PivotDimension.Indicator => indicators,
            PivotDimension.Unit => units,
            _ => periods,
        };

        var filter = Items(query.Filter);
        if (filter.Count != 1)
        {
            var (vi, en) = query.Filter switch
            {
                PivotDimension.Indicator => ("chỉ tiêu", "indicator"),
                PivotDimension.Unit => ("đơn vị", "unit"),
                _ => ("kỳ", "period"),
            };
            return (null, new PivotError("filter",
                $"Chiều lọc ({vi}) phải có đúng một mục; đã chọn {filter.Count}. Đưa nó vào hàng hoặc cột, hoặc chọn một {vi}.",
                $"The filter dimension ({en}) must hold exactly one item; {filter.Count} were chosen. Put it on rows or columns, or choose one {en}."));
        }

        var rows = Items(query.Rows);
        var columns = Items(query.Columns);
        if ((long)rows.Count * columns.Count > PivotQuery.MaxCells)
        {
            return (null, new PivotError("rows", $"Bảng quá lớn ({rows.Count} × {columns.Count} ô); tối đa {PivotQuery.MaxCells} ô.",
                $"The table is too large ({rows.Count} × {columns.Count} cells); at most {PivotQuery.MaxCells} cells."));
        }

        PivotCell? Cell(string unit, string period, string code) =>
            byPeriod.TryGetValue(period, out var units) && units.TryGetValue(unit, out var unitCells) && unitCells.TryGetValue(code, out var cell) ? cell : null;

        var cells = new List<IReadOnlyList<PivotCell?>>(rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            var line = new PivotCell?[columns.Count];
            for (var c = 0; c < columns.Count; c++)
            {
                line[c] = Cell(Code(query, PivotDimension.Unit, rows[r], columns[c], filter[0]), Code(query, PivotDimension.Period, rows[r], columns[c], filter[0]),
                    Code(query, PivotDimension.Indicator, rows[r], columns[c], filter[0]));
            }

            cells.Add(line);
        }

        return (new PivotTable(query, rows, columns, filter[0], cells), null);
    }

    /// <summary>The template live.js fills with a pushed cell for what the table shows (see ScorecardRelay's figures).</summary>
    public string LiveText => Query.Show switch
    {
        PivotShow.Fraction => "{counts}",
        PivotShow.Status => "{label}",
        _ => "{value}",
    };

    /// <summary>
    /// The dimensions on rows and on columns (<c>unit</c>, <c>indicator</c>, <c>period</c>), as live.js reads them from the
    /// table's <c>data-live-grid</c> to find each cell's unit, indicator and period from its row's key, its own key and
    /// the filter's code (<c>data-live-filter</c>).
    /// </summary>
    public string LiveGrid => $"{Query.Rows.ToString().ToLowerInvariant()} {Query.Columns.ToString().ToLowerInvariant()}";

    /// <summary>
    /// The units whose pushes change the table ("province" for itself and its districts; every district when communes
    /// are shown) and its periods, as live.js watches them.
    /// </summary>
    public (string Sources, string Periods) Live(IEnumerable<string> districts)
    {
        var units = new[] { Query.Rows, Query.Columns }.Contains(PivotDimension.Unit)
            ? (Query.Rows == PivotDimension.Unit ? RowItems : ColumnItems)
            : [FilterItem];
        var sources = units.Any(u => u.Code.Length == 5) ? ["province", .. districts.Select(d => "district:" + d)] : new List<string> { "province" };
        return (string.Join(' ', sources), string.Join(' ', Query.Periods.Select(p => p.ToString())));
    }

    /// <summary>A cell as the table shows it: the value, "numerator / denominator" or the status; "ẩn" when hidden, empty when there is no such cell.</summary>
    public static string Text(PivotCell? cell, PivotShow show, Func<string, string> localize) => cell switch
    {
        null => "",
        _ when show == PivotShow.Fraction => $"{cell.Numerator} / {cell.Denominator}",
        { Hidden: true } => localize("ẩn"),
        _ when show == PivotShow.Status => localize(Display.StatusLabel(cell.Status!.Value)),
        _ => Display.Percent(cell.Value),
    };

    /// <summary>The code of <paramref name="dimension"/> at a cell: its row's, its column's or the filter's.</summary>
    private static string Code(PivotQuery query, PivotDimension dimension, PivotItem row, PivotItem column, PivotItem filter) =>
        dimension == query.Rows ? row.Code : dimension == query.Columns ? column.Code : filter.Code;
}
