namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>A protection measure applied.</summary>
/// <param name="Measure">The measure.</param>
/// <param name="AppliedOn">Date applied.</param>
/// <param name="AgencyCode">The agency that applied it.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.ProtectionRecord")]
public sealed record ProtectionRecord(ProtectionMeasure Measure, DateOnly AppliedOn, string? AgencyCode);
