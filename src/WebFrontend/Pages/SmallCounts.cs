using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>
/// Protects small counts on public views: at commune level a count from 1 to the threshold less one is shown as
/// "&lt; threshold" (Site:SmallCountThreshold, default 5), so that it cannot point to a person.
/// </summary>
public sealed class SmallCounts(IConfiguration config)
{
    /// <summary>The smallest count shown as it is.</summary>
    public int Threshold => config.GetValue("Site:SmallCountThreshold", 5);

    /// <summary>Whether a count at this level is hidden.</summary>
    public bool Hides(UnitLevel level, long count) => level == UnitLevel.Commune && count > 0 && count < Threshold;

    /// <summary>The count as shown at this level.</summary>
    public string Show(UnitLevel level, long count) => Hides(level, count) ? $"< {Threshold}" : Display.Number(count);
}
