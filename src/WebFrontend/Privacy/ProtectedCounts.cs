using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.WebFrontend.Privacy;

/// <summary>
/// The units of one level under one parent (the province alone, the districts of the province, or the communes of a
/// district) with their counts protected column by column (<see cref="CountSuppression"/>): each protected indicator's
/// numerators, its denominators, and each protected output. A percentage or status computed from a hidden count is
/// hidden too, since it would give the count back.
/// </summary>
public sealed class ProtectedCounts
{
    private readonly Dictionary<(string Unit, Column Column), CellState> _states = [];

    /// <summary>Protects the counts of <paramref name="units"/> (the scorecards of all the units of one level under one parent).</summary>
    /// <param name="units">The scorecards of every unit under the parent.</param>
    /// <param name="threshold">The smallest count shown as it is.</param>
    /// <param name="indicators">Whether an indicator's counts (by code) are protected.</param>
    /// <param name="outputs">Whether an output's counts (by code) are protected.</param>
    public ProtectedCounts(IReadOnlyList<ScorecardView> units, int threshold, Func<string, bool> indicators, Func<string, bool> outputs)
    {
        Threshold = threshold;
        var columns = units.SelectMany(c => c.Indicators.Where(i => indicators(i.Code)).SelectMany(i => new[] { Numerator(i.Code), Denominator(i.Code) })
            .Concat(c.Outputs.Where(o => outputs(o.Code)).Select(o => Output(o.Code, o.Key)))).Distinct().ToList();
        foreach (var column in columns)
        {
            var values = units.Select(c => ValueOf(c, column)).ToList();
            var (states, _) = CountSuppression.Protect(values, threshold);
            for (var i = 0; i < units.Count; i++)
            {
                _states[(units[i].UnitCode, column)] = states[i];
            }
        }

        // A breakdown (by place, sex, age group…) adds up to the unit's own total (e.g. its persons received), so each
        // unit's keys of one output are protected together too, and a cell stays hidden if either way hides it.
        foreach (var unit in units)
        {
            foreach (var breakdown in unit.Outputs.Where(o => o.Key is not null && outputs(o.Code)).GroupBy(o => o.Code))
            {
                var cells = breakdown.ToList();
                var (states, _) = CountSuppression.Protect(cells.Select(o => o.Value).ToList(), threshold);
                for (var i = 0; i < cells.Count; i++)
                {
                    var key = (unit.UnitCode, Output(cells[i].Code, cells[i].Key));
                    if (_states[key] == CellState.Shown)
                    {
                        _states[key] = states[i];
                    }
                }
            }
        }
    }

    /// <summary>The smallest count shown as it is.</summary>
    public int Threshold { get; }

    /// <summary>Whether any count is protected (false for a signed-in reader, who sees every count as it is).</summary>
    public bool Applies => _states.Count > 0;

    /// <summary>The state of an indicator's numerator in a unit.</summary>
    public CellState NumeratorOf(string unit, string indicator) => StateOf(unit, Numerator(indicator));

    /// <summary>The state of an indicator's denominator in a unit.</summary>
    public CellState DenominatorOf(string unit, string indicator) => StateOf(unit, Denominator(indicator));

    /// <summary>The states of an indicator's numerator and denominator in a unit (both shown when it is not protected).</summary>
    public (CellState Numerator, CellState Denominator) CountsOf(string unit, string indicator) =>
        (NumeratorOf(unit, indicator), DenominatorOf(unit, indicator));

    /// <summary>The state of an output in a unit.</summary>
    public CellState OutputOf(string unit, OutputValue output) => StateOf(unit, Output(output.Code, output.Key));

    /// <summary>Whether the indicator's value and status in the unit must be hidden (one of its counts is).</summary>
    public bool HidesValue(string unit, string indicator) =>
        NumeratorOf(unit, indicator) != CellState.Shown || DenominatorOf(unit, indicator) != CellState.Shown;

    /// <summary>The scorecard of one of the units as it may be shown: hidden counts, values and statuses left out.</summary>
    public ShownScorecard Show(ScorecardView unit) => new(
        unit.Level,
        unit.UnitCode,
        unit.NameVi,
        unit.UnitType,
        unit.Period,
        unit.Indicators.Select(i =>
        {
            var numerator = NumeratorOf(unit.UnitCode, i.Code);
            var denominator = DenominatorOf(unit.UnitCode, i.Code);
            var hidden = HidesValue(unit.UnitCode, i.Code);
            return new ShownIndicator(
                i.Code, i.NameVi, i.NameEn, i.Project,
                numerator == CellState.Shown ? i.Numerator : null, numerator,
                denominator == CellState.Shown ? i.Denominator : null, denominator,
                hidden ? null : i.Value, i.Target, hidden ? null : i.Status, hidden);
        }).ToList(),
        unit.Outputs.Select(o =>
        {
            var state = OutputOf(unit.UnitCode, o);
            return new ShownOutput(o.Code, o.Key, o.NameVi, o.NameEn, state == CellState.Shown ? o.Value : null, state, state != CellState.Shown);
        }).ToList(),
        Threshold,
        unit.Version);

    private CellState StateOf(string unit, Column column) => _states.GetValueOrDefault((unit, column), CellState.Shown);

    private static Column Numerator(string indicator) => new(indicator, Count.Numerator, null);

    private static Column Denominator(string indicator) => new(indicator, Count.Denominator, null);

    private static Column Output(string code, string? key) => new(code, Count.Output, key);

    private static long ValueOf(ScorecardView unit, Column column) => column.Count switch
    {
        Count.Output => unit.Outputs.FirstOrDefault(o => o.Code == column.Code && o.Key == column.Key)?.Value ?? 0,
        _ => unit.Indicators.FirstOrDefault(i => i.Code == column.Code) is { } i ? (column.Count == Count.Numerator ? i.Numerator : i.Denominator) : 0,
    };

    /// <summary>Which count of an indicator, or an output.</summary>
    private enum Count
    {
        Numerator,
        Denominator,
        Output,
    }

    /// <summary>One protected column: an indicator's numerators or denominators, or an output (with its breakdown key).</summary>
    private readonly record struct Column(string Code, Count Count, string? Key);
}
