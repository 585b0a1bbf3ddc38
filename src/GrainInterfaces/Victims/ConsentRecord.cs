namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>A person's current consent of one kind: when it was given and, once withdrawn, when and why.</summary>
/// <param name="Kind">What the person consents to.</param>
/// <param name="GivenOn">Date given (for a presumed consent, the date of reception).</param>
/// <param name="AgencyCode">The agency that recorded it; null for a presumed consent.</param>
/// <param name="Note">How it was given (e.g. "Ký biên bản"), or null.</param>
/// <param name="WithdrawnOn">Date withdrawn, or null while in force.</param>
/// <param name="WithdrawalReason">Why it was withdrawn, or null.</param>
/// <param name="Presumed">
/// True for a person received before consent was recorded in the system: consent to support is presumed (support was
/// given under the province's paper procedure).
/// </param>
/// <param name="WithReception">
/// True for a consent given with the reception: it is part of the reception's step (no step of its own in the
/// history), dated the reception's day, and moves with it when the reception date is corrected.
/// </param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.ConsentRecord")]
public sealed record ConsentRecord(
    ConsentKind Kind,
    DateOnly GivenOn,
    string? AgencyCode,
    string? Note = null,
    DateOnly? WithdrawnOn = null,
    string? WithdrawalReason = null,
    bool Presumed = false,
    bool WithReception = false)
{
    /// <summary>True while not withdrawn.</summary>
    public bool InForce => WithdrawnOn is null;
}
