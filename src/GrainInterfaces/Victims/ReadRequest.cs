namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>An explicit request to read a person's personal data, recorded in the person's history (without the data).</summary>
/// <param name="Reader">Who reads: the user and the agency they act for.</param>
/// <param name="Purpose">Why, in a few words (never personal data), e.g. "lập hồ sơ hỗ trợ".</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.ReadRequest")]
public sealed record ReadRequest(ActingParty Reader, string Purpose);
