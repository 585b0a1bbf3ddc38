namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>Protection measures for victims (Law 66/2011, Decree 62/2012); a victim may refuse them.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Victims.ProtectionMeasure")]
public enum ProtectionMeasure
{
    /// <summary>Bảo vệ an toàn: guarding the person, residence or family.</summary>
    Safety,

    /// <summary>Bố trí nơi tạm lánh, thay đổi nơi cư trú: a safe place or a change of residence.</summary>
    Relocation,

    /// <summary>Giữ bí mật thông tin: keeping the person's information confidential.</summary>
    Confidentiality,

    /// <summary>Bảo vệ danh dự, nhân phẩm.</summary>
    HonourAndDignity,

    /// <summary>Another measure.</summary>
    Other,
}
