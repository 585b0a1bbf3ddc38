namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>How a person came back.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Victims.ReturnMode")]
public enum ReturnMode
{
    /// <summary>Tự trở về: returned on their own.</summary>
    SelfReturned,

    /// <summary>Được giải cứu: rescued by Vietnamese or foreign forces.</summary>
    Rescued,

    /// <summary>Được phía nước ngoài trao trả: handed over by foreign authorities.</summary>
    HandedOver,
}
