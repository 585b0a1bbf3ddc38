using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>
/// Corrects one value recorded at reception (sửa số liệu), by a receiving agency (CA, BDBP or LDTBXH): exactly one of
/// the values is given, with the reason. The home unit is corrected by <see cref="ChangeHome"/>. The person's history
/// keeps a "corrected" step with the value before and after, the audit trail the same — for the birth year, which is
/// sealed with the personal data, only the age groups before and after — and every figure moves with the new value.
/// </summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="Reason">Why the value is corrected (required, at most 500 characters; no personal data).</param>
/// <param name="ReceivedOn">The right reception date (not after a later step; the age group follows it).</param>
/// <param name="BirthYear">The right year of birth: an age of 0 to 100 at reception. Sealed, never shown back.</param>
/// <param name="Sex">The right sex.</param>
/// <param name="CountryCode">The right country returned from, ISO 3166-1 alpha-2.</param>
/// <param name="Place">The right place of reception.</param>
/// <param name="HowReturned">The right way of return.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.CorrectPerson")]
public sealed record CorrectPerson(
    string IdempotencyKey,
    ActingParty Actor,
    string Reason,
    DateOnly? ReceivedOn = null,
    int? BirthYear = null,
    Sex? Sex = null,
    string? CountryCode = null,
    ReceptionPlace? Place = null,
    ReturnMode? HowReturned = null) : ICommand
{
    /// <summary>Never the birth year.</summary>
    public override string ToString() => $"CorrectPerson {{ IdempotencyKey = {IdempotencyKey}, Actor = {Actor} }}";
}
