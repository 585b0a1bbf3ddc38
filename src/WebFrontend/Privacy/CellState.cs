namespace AntiTrafficking.WebFrontend.Privacy;

/// <summary>How a commune's count is shown on public views.</summary>
public enum CellState
{
    /// <summary>Shown as it is.</summary>
    Shown,

    /// <summary>A small count (1 to the threshold less one), shown as "&lt; threshold".</summary>
    Small,

    /// <summary>Withheld (complementary suppression) so that a small count cannot be worked out from the district's total.</summary>
    Withheld,
}
