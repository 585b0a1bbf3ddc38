namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>A key route (tuyến) or a key area (địa bàn).</summary>
[GenerateSerializer, Alias("AntiTrafficking.Enforcement.KeyAreaKind")]
public enum KeyAreaKind
{
    /// <summary>Tuyến trọng điểm: a route, e.g. along the border.</summary>
    Route,

    /// <summary>Địa bàn trọng điểm: an area.</summary>
    Area,
}
