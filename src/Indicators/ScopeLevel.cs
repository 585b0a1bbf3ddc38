namespace AntiTrafficking.Indicators;

/// <summary>The administrative level a scorecard is computed for.</summary>
public enum ScopeLevel
{
    /// <summary>A commune-level unit (xã, phường, thị trấn).</summary>
    Commune,

    /// <summary>A district-level unit (huyện, thị xã, thành phố): its communes and itself.</summary>
    District,

    /// <summary>The province: everything.</summary>
    Province,
}
