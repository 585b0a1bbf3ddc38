namespace AntiTrafficking.GrainInterfaces.Views;

/// <summary>The administrative level a scorecard covers.</summary>
[GenerateSerializer, Alias("AntiTrafficking.UnitLevel")]
public enum UnitLevel
{
    /// <summary>Xã, phường, thị trấn.</summary>
    Commune,

    /// <summary>Huyện, thị xã, thành phố.</summary>
    District,

    /// <summary>Tỉnh.</summary>
    Province,
}
