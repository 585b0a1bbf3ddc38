namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>What a received person consents to; each kind is given and withdrawn on its own.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Victims.ConsentKind")]
public enum ConsentKind
{
    /// <summary>Đồng ý nhận hỗ trợ: needed before any support service is recorded.</summary>
    Support,

    /// <summary>Đồng ý chia sẻ thông tin: needed before the person's record is shared with another agency (a referral).</summary>
    DataSharing,
}
