namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>Where a returning person was received.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Victims.ReceptionPlace")]
public enum ReceptionPlace
{
    /// <summary>Cửa khẩu quốc tế Móng Cái.</summary>
    MongCai,

    /// <summary>Cửa khẩu Hoành Mô (Bình Liêu).</summary>
    HoanhMo,

    /// <summary>Cửa khẩu Bắc Phong Sinh (Hải Hà).</summary>
    BacPhongSinh,

    /// <summary>Elsewhere: another border crossing, a port, an office inland.</summary>
    Other,
}
