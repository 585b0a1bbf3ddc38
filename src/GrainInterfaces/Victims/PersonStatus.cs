namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>Where a received person's record stands.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Victims.PersonStatus")]
public enum PersonStatus
{
    /// <summary>Received; verification not started.</summary>
    Received,

    /// <summary>Verification (xác minh) under way.</summary>
    Verifying,

    /// <summary>Identified as a victim (xác định là nạn nhân), with a certificate.</summary>
    Victim,

    /// <summary>Verification concluded: not a victim.</summary>
    NotVictim,

    /// <summary>Record closed (after reintegration, or after a "not a victim" conclusion).</summary>
    Closed,
}
