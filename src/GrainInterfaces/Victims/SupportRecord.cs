namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>A support service delivered.</summary>
/// <param name="Kind">The regime.</param>
/// <param name="ProvidedOn">Date delivered.</param>
/// <param name="Provider">Who delivered it.</param>
/// <param name="AgencyCode">The agency that recorded it.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.SupportRecord")]
public sealed record SupportRecord(SupportKind Kind, DateOnly ProvidedOn, string Provider, string? AgencyCode);
