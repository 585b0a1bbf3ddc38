namespace AntiTrafficking.WebFrontend.Privacy;

/// <summary>
/// Small-count protection of one column of counts: the communes of a district for one measure, whose total the
/// district page shows exactly. Counts from 1 to threshold − 1 are small (primary suppression); when the total and the
/// other cells would pin a small count down, the smallest non-zero shown cells are withheld too (complementary
/// suppression), one at a time, until every small count can still take at least two values.
/// <para>
/// What a reader is assumed to know: the total, every shown cell, that a small cell lies in [1, threshold − 1], and —
/// since withheld cells are the smallest non-zero ones that were not small — that a withheld cell lies between the
/// threshold and the smallest non-zero shown cell. The feasible values of a small cell are then an interval (sums of
/// integer intervals are intervals), computed exactly here. When even withholding every non-zero cell leaves a small
/// count determined (the district's total is too small, e.g. all of it in one commune), the column is reported as
/// not protected: the district's own total, public at district level, then tells it.
/// </para>
/// </summary>
public static class CountSuppression
{
    /// <summary>The state of each cell of the column and whether every small count is protected.</summary>
    public static (CellState[] States, bool Protected) Protect(IReadOnlyList<long> cells, int threshold)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 2);
        var states = cells.Select(v => v > 0 && v < threshold ? CellState.Small : CellState.Shown).ToArray();
        if (!states.Contains(CellState.Small))
        {
            return (states, true);
        }

        while (true)
        {
            if (SmallCellsAmbiguous(cells, states, threshold))
            {
                return (states, true);
            }

            var next = -1;
            for (var i = 0; i < cells.Count; i++)
            {
                if (states[i] == CellState.Shown && cells[i] > 0 && (next < 0 || cells[i] < cells[next]))
                {
                    next = i;
                }
            }

            if (next < 0)
            {
                return (states, false);
            }

            states[next] = CellState.Withheld;
        }
    }

    /// <summary>The values a reader can still think each hidden cell holds: [low, high] by cell (null for shown cells).</summary>
    public static (long Low, long High)?[] FeasibleRanges(IReadOnlyList<long> cells, IReadOnlyList<CellState> states, int threshold)
    {
        var hiddenSum = 0L;
        var smallestShown = long.MaxValue;
        for (var i = 0; i < cells.Count; i++)
        {
            if (states[i] == CellState.Shown)
            {
                smallestShown = cells[i] > 0 ? Math.Min(smallestShown, cells[i]) : smallestShown;
            }
            else
            {
                hiddenSum += cells[i];
            }
        }

        // A priori bounds of each hidden cell, then tightened by the sum: low' = max(low, R − Σ others' high), high' = min(high, R − Σ others' low).
        var bounds = states.Select(s => s switch
        {
            CellState.Small => ((long, long)?)(1, threshold - 1),
            CellState.Withheld => (threshold, Math.Min(smallestShown, hiddenSum)),
            _ => null,
        }).ToArray();
        var sumLow = bounds.Sum(b => b?.Item1 ?? 0);
        var sumHigh = bounds.Sum(b => b?.Item2 ?? 0);
        return bounds.Select(b => b is not { } own
            ? ((long, long)?)null
            : (Math.Max(own.Item1, hiddenSum - (sumHigh - own.Item2)), Math.Min(own.Item2, hiddenSum - (sumLow - own.Item1)))).ToArray();
    }

    private static bool SmallCellsAmbiguous(IReadOnlyList<long> cells, CellState[] states, int threshold)
    {
        var ranges = FeasibleRanges(cells, states, threshold);
        return Enumerable.Range(0, cells.Count).Where(i => states[i] == CellState.Small).All(i => ranges[i]!.Value.High > ranges[i]!.Value.Low);
    }
}
