using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.WebFrontend.Privacy;

/// <summary>
/// A scorecard as its reader may see it (the API's scorecard body): for the public, a small count of people is null
/// with its state <c>small</c> (the pages show "&lt; 5"), a count withheld so that a small one cannot be worked out is
/// null with its state <c>withheld</c> (the pages show "ẩn"), and a value and status computed from either are null with
/// <c>suppressed: true</c>. Signed-in readers get every figure, each state <c>shown</c>.
/// </summary>
/// <param name="Level">Administrative level.</param>
/// <param name="UnitCode">GSO code of the unit.</param>
/// <param name="NameVi">Unit name in Vietnamese.</param>
/// <param name="UnitType">city, town, district, ward, townlet, commune or province.</param>
/// <param name="Period">The period.</param>
/// <param name="Indicators">The indicators shown at this level.</param>
/// <param name="Outputs">Outputs without targets.</param>
/// <param name="SmallCountThreshold">The smallest count of people shown as it is to the public.</param>
/// <param name="Version">Monotonic version of the data the scorecard was computed from.</param>
public sealed record ShownScorecard(
    UnitLevel Level,
    string UnitCode,
    string NameVi,
    string UnitType,
    string Period,
    IReadOnlyList<ShownIndicator> Indicators,
    IReadOnlyList<ShownOutput> Outputs,
    int SmallCountThreshold,
    long Version);

/// <summary>One indicator as its reader may see it.</summary>
/// <param name="Code">IND-01 … IND-14.</param>
/// <param name="NameVi">The plan's own wording.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Project">The project (đề án) 1–3 it belongs to.</param>
/// <param name="Numerator">Summed numerator; null when suppressed.</param>
/// <param name="NumeratorState">shown, small or withheld.</param>
/// <param name="Denominator">Summed denominator (0 means no data); null when suppressed.</param>
/// <param name="DenominatorState">shown, small or withheld.</param>
/// <param name="Value">Percentage with one decimal; null when there is no data or when suppressed.</param>
/// <param name="Target">Target of the period.</param>
/// <param name="Status">Status against the target; null when suppressed.</param>
/// <param name="Suppressed">Whether the value and status are hidden because one of the counts is.</param>
public sealed record ShownIndicator(
    string Code, string NameVi, string NameEn, int Project, long? Numerator, CellState NumeratorState, long? Denominator, CellState DenominatorState,
    decimal? Value, decimal? Target, IndicatorStatus? Status, bool Suppressed);

/// <summary>One output as its reader may see it.</summary>
/// <param name="Code">Output code from the program file.</param>
/// <param name="Key">Breakdown key (a place, sex, age group…), or null.</param>
/// <param name="NameVi">Vietnamese name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Value">The count for the period; null when suppressed.</param>
/// <param name="State">shown, small or withheld.</param>
/// <param name="Suppressed">Whether the count is hidden.</param>
public sealed record ShownOutput(string Code, string? Key, string NameVi, string NameEn, long? Value, CellState State, bool Suppressed);

/// <summary>An agency's profile as its reader may see it (the API's agency body).</summary>
/// <param name="Code">Agency code from the province's agencies file.</param>
/// <param name="NameVi">Name in Vietnamese.</param>
/// <param name="NameEn">Name in English.</param>
/// <param name="Projects">Projects it leads or joins.</param>
/// <param name="Activity">Commands it has had accepted, counted by kind; null when suppressed.</param>
/// <param name="ActivityStates">Each kind's state: shown, small or withheld (the steps taken on received persons and
/// victims are counts of people, protected for the public across the agencies of the province).</param>
public sealed record ShownAgencyProfile(
    string Code, string NameVi, string NameEn, IReadOnlyList<ProjectRole> Projects, IReadOnlyDictionary<string, long?> Activity,
    IReadOnlyDictionary<string, CellState> ActivityStates);
