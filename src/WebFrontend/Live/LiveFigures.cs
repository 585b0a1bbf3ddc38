namespace AntiTrafficking.WebFrontend.Live;

/// <summary>
/// What the hub pushes to the pages open on one unit and period: the figures of the unit and of the units directly under
/// it, each cell already formatted as the pages render it for the audience (small counts protected for the public) and
/// the language of the pages it goes to. Aggregates only, never a person.
/// </summary>
/// <param name="Source">"province" or "district:{code}": the unit whose change this is.</param>
/// <param name="Period">The period of the figures ("2014", "2014-H1", "2014-Q2").</param>
/// <param name="Version">The version of the figures.</param>
/// <param name="Units">The unit's cells and those of its districts or communes.</param>
public sealed record LiveFigures(string Source, string Period, long Version, IReadOnlyList<LiveUnit> Units);

/// <summary>One unit's cells.</summary>
/// <param name="Unit">GSO code.</param>
/// <param name="Indicators">Its indicators.</param>
/// <param name="Outputs">Its outputs.</param>
public sealed record LiveUnit(string Unit, IReadOnlyList<LiveIndicator> Indicators, IReadOnlyList<LiveOutput> Outputs);

/// <summary>One indicator of a unit as shown.</summary>
/// <param name="Code">IND-01 … IND-14.</param>
/// <param name="Counts">"numerator / denominator" as shown ("6 / 8", "&lt; 5 / 8").</param>
/// <param name="Numerator">The numerator as shown.</param>
/// <param name="Denominator">The denominator as shown.</param>
/// <param name="Value">The result in percent as shown ("75,0", "—", or the withheld mark).</param>
/// <param name="Percent">The result as a number for charts; null when there is no data or it is hidden.</param>
/// <param name="Status">The status's CSS class ("status-met", "status-hidden").</param>
/// <param name="Label">The status in the page's language.</param>
/// <param name="State">The status's name ("Met", "NoData"…), or "Hidden".</param>
public sealed record LiveIndicator(
    string Code, string Counts, string Numerator, string Denominator, string Value, decimal? Percent, string Status, string Label, string State);

/// <summary>One output of a unit as shown.</summary>
/// <param name="Code">Output code.</param>
/// <param name="Key">Breakdown key, or null.</param>
/// <param name="Value">The count as shown.</param>
public sealed record LiveOutput(string Code, string? Key, string Value);

/// <summary>Who a push is for: the public (small counts protected) or signed-in readers (every count).</summary>
public enum Audience
{
    /// <summary>Not signed in.</summary>
    Public,

    /// <summary>Signed in with any role.</summary>
    SignedIn,
}
