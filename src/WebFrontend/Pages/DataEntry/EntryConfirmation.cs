using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.WebFrontend.Pages.DataEntry;

/// <summary>What a data-entry form shows after its command was taken: the outcome and the unit's updated figures.</summary>
/// <param name="Outcome">Accepted now, or a repeat of a command already taken (counted once).</param>
/// <param name="Version">The version after the command.</param>
/// <param name="Unit">The scorecard of the unit concerned for the year of the command's date, or null when it could not be read.</param>
/// <param name="Project">The form's project, whose indicators are shown.</param>
public sealed record EntryConfirmation(CommandOutcome Outcome, long Version, ScorecardView? Unit, int Project)
{
    /// <summary>The project's indicators in the unit's scorecard.</summary>
    public IEnumerable<IndicatorValue> Indicators => Unit?.Indicators.Where(i => i.Project == Project) ?? [];

    /// <summary>The page of the unit concerned.</summary>
    public string? UnitLink => Unit is null ? null : Unit.Level switch
    {
        UnitLevel.Commune => $"/xa/{Unit.UnitCode}?period={Unit.Period}",
        UnitLevel.District => $"/huyen/{Unit.UnitCode}?period={Unit.Period}",
        _ => $"/?period={Unit.Period}",
    };
}
