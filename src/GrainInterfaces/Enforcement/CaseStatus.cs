namespace AntiTrafficking.GrainInterfaces.Enforcement;

/// <summary>Where a case stands in its lifecycle.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Enforcement.CaseStatus")]
public enum CaseStatus
{
    /// <summary>Opened (khởi tố) and under investigation.</summary>
    Investigating,

    /// <summary>Sent to court by the Procuracy, or sent back for a new first-instance trial; due for trial.</summary>
    AwaitingTrial,

    /// <summary>Tried at first instance; the judgment is not yet in force (appeal window or appeal pending).</summary>
    Tried,

    /// <summary>A judgment is in force.</summary>
    InForce,

    /// <summary>The judgment in force was overturned with no retrial ordered.</summary>
    Closed,
}
