using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Privacy;

namespace AntiTrafficking.Web.Tests;

/// <summary>
/// Small-count protection of a district's communes, column by column: a small count (1–4) must never be recoverable by
/// subtracting the shown cells from the district's total. Each case is attacked by brute force: every column a reader
/// could believe in (same shown cells, same total, small cells in 1–4, withheld cells between the threshold and the
/// smallest shown non-zero cell) is enumerated, and each small cell must still have at least two possible values.
/// </summary>
public sealed class CountSuppressionTests
{
    private const int Threshold = 5;

    [Theory]
    [InlineData(new long[] { 3, 12, 40, 0, 7 })]
    [InlineData(new long[] { 1, 5, 9 })]
    [InlineData(new long[] { 1, 1, 0, 20 })]
    [InlineData(new long[] { 4, 6, 6, 30, 0, 0 })]
    [InlineData(new long[] { 2, 3, 9, 9, 100 })]
    [InlineData(new long[] { 1, 0, 0, 5, 6, 7, 8 })]
    public void NoSmallCountCanBeWorkedOutFromTheDistrictTotalAndTheShownCells(long[] column)
    {
        var (states, isProtected) = CountSuppression.Protect(column, Threshold);

        Assert.True(isProtected);
        for (var i = 0; i < column.Length; i++)
        {
            Assert.Equal(column[i] is > 0 and < Threshold, states[i] == CellState.Small);
        }

        foreach (var (cell, values) in WhatAReaderCanBelieve(column, states))
        {
            Assert.True(values.Count >= 2, $"cell {cell} of [{string.Join(", ", column)}] can only be {string.Join(", ", values)}");
            Assert.Contains(column[cell], values);
        }
    }

    [Fact]
    public void ASingleSmallCellMakesTheNextSmallestNonZeroCellWithheldAndNothingElse()
    {
        var (states, _) = CountSuppression.Protect([3, 12, 40, 0, 7], Threshold);

        Assert.Equal([CellState.Small, CellState.Shown, CellState.Shown, CellState.Shown, CellState.Withheld], states);
    }

    [Fact]
    public void WithoutASmallCountNothingIsHidden()
    {
        var (states, isProtected) = CountSuppression.Protect([0, 5, 12, 0, 30], Threshold);

        Assert.True(isProtected);
        Assert.All(states, s => Assert.Equal(CellState.Shown, s));
    }

    [Fact]
    public void TwoSmallCellsWhoseSumWouldGiveThemAwayGetAComplementToo()
    {
        // Shown alone, "< 5" and "< 5" with a total of 2 more than the shown cells could only be 1 and 1.
        var (states, isProtected) = CountSuppression.Protect([1, 1, 0, 20, 33], Threshold);

        Assert.True(isProtected);
        Assert.Equal([CellState.Small, CellState.Small, CellState.Shown, CellState.Withheld, CellState.Shown], states);
    }

    [Fact]
    public void AComplementJustAboveTheThresholdIsNotEnoughAndAnotherIsWithheld()
    {
        // 1 + 5: the withheld 5 is at least 5, so the small cell could only be 1; a second complement is needed.
        var (states, isProtected) = CountSuppression.Protect([1, 5, 9, 0], Threshold);

        Assert.True(isProtected);
        Assert.Equal([CellState.Small, CellState.Withheld, CellState.Withheld, CellState.Shown], states);
    }

    [Fact]
    public void WhenTheWholeTotalSitsInOneCommuneTheColumnIsReportedAsNotProtectable()
    {
        var (states, isProtected) = CountSuppression.Protect([3, 0, 0], Threshold);

        Assert.False(isProtected);
        Assert.Equal([CellState.Small, CellState.Shown, CellState.Shown], states);
    }

    [Fact]
    public void ABreakdownBySexCannotGiveASmallCountBackFromTheUnitsOwnTotal()
    {
        // The province alone: 3 women and 30 men received, 33 in all (IND-12's denominator, shown): 33 − 30 would be 3.
        ScorecardView province = new(UnitLevel.Province, "22", "Quảng Ninh", "province", "2014", [],
            [new("OUT-32", "female", "Nữ", "Female", 3), new("OUT-32", "male", "Nam", "Male", 30), new("OUT-30", "mongcai", "Móng Cái", "Móng Cái", 33)], 1);

        var counts = new ProtectedCounts([province], Threshold, _ => true, _ => true);

        Assert.Equal(CellState.Small, counts.OutputOf("22", province.Outputs[0]));
        Assert.Equal(CellState.Withheld, counts.OutputOf("22", province.Outputs[1]));
        Assert.Equal(CellState.Shown, counts.OutputOf("22", province.Outputs[2]));
    }

    /// <summary>Every value each small cell can take in the columns consistent with what is shown.</summary>
    private static Dictionary<int, SortedSet<long>> WhatAReaderCanBelieve(long[] column, CellState[] states)
    {
        var total = column.Sum();
        var shownNonZero = column.Where((v, i) => states[i] == CellState.Shown && v > 0).ToList();
        var hidden = Enumerable.Range(0, column.Length).Where(i => states[i] != CellState.Shown).ToList();
        var residual = total - column.Where((_, i) => states[i] == CellState.Shown).Sum();
        var withheldMax = shownNonZero.Count > 0 ? shownNonZero.Min() : residual;
        var beliefs = hidden.Where(i => states[i] == CellState.Small).ToDictionary(i => i, _ => new SortedSet<long>());
        var guess = new long[column.Length];

        void Enumerate(int position, long left)
        {
            if (position == hidden.Count)
            {
                if (left == 0)
                {
                    foreach (var small in beliefs.Keys)
                    {
                        beliefs[small].Add(guess[small]);
                    }
                }

                return;
            }

            var cell = hidden[position];
            var (low, high) = states[cell] == CellState.Small ? (1L, Threshold - 1L) : (Threshold, withheldMax);
            for (var value = low; value <= Math.Min(high, left); value++)
            {
                guess[cell] = value;
                Enumerate(position + 1, left - value);
            }
        }

        Enumerate(0, residual);
        return beliefs;
    }
}
