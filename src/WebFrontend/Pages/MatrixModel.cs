using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Privacy;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>Units × indicators coloured by status; each number links to the unit's own page.</summary>
/// <param name="TableId">The table's id.</param>
/// <param name="UnitLabel">Heading of the unit column ("Đơn vị", "Xã, phường").</param>
/// <param name="Rows">One scorecard per unit.</param>
/// <param name="LinkPrefix">Path of a unit's page without its code ("/huyen/").</param>
/// <param name="Period">The period, carried by the links.</param>
/// <param name="Counts">The protection of the units' counts (<see cref="SmallCounts"/>).</param>
/// <param name="ShowsCounts">Whether each cell shows its counts under the value (communes) or the value only (districts).</param>
public sealed record MatrixModel(string TableId, string UnitLabel, IReadOnlyList<ScorecardView> Rows, string LinkPrefix, string Period, ProtectedCounts Counts, bool ShowsCounts)
{
    /// <summary>The link to a unit's page for the period.</summary>
    public string LinkTo(string unitCode) => $"{LinkPrefix}{Uri.EscapeDataString(unitCode)}?period={Uri.EscapeDataString(Period)}";
}
