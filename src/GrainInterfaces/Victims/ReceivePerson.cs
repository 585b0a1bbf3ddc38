using System.Text.Json.Serialization;
using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>
/// Records a returning person as received (tiếp nhận); the actor's agency (CA, BDBP or LDTBXH) is the receiving agency.
/// The person counts in IND-12 in the period of <paramref name="ReceivedOn"/>. <paramref name="PersonalData"/> and
/// <paramref name="BirthYear"/> are stored encrypted; only the age group is kept in clear.
/// </summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="ReceivedOn">Date received.</param>
/// <param name="Place">Border gate or elsewhere.</param>
/// <param name="HowReturned">Self-returned, rescued or handed over by foreign authorities.</param>
/// <param name="CountryCode">Country returned from, ISO 3166-1 alpha-2 (e.g. "CN").</param>
/// <param name="HomeUnitCode">Home commune's code, else its district's, else the province's when not known.</param>
/// <param name="Sex">Sex.</param>
/// <param name="BirthYear">Year of birth (not after the year of reception).</param>
/// <param name="PersonalData">Name, identity number, address, contact: encrypted at rest.</param>
/// <param name="WantsConfidentiality">True when the person asked that only the officers assigned may see their identity.</param>
/// <param name="ConsentsToSupport">
/// True when the person consents, at reception, to receive support; false (also when left out) records no consent:
/// support is then refused until <see cref="GiveConsent"/> records it.
/// </param>
/// <param name="ConsentsToDataSharing">
/// True when the person consents, at reception, to their record being shared with other agencies; false or left out:
/// not given.
/// </param>
/// <remarks>
/// The two consents are left out of the command's JSON when false, so a reception written before they existed keeps
/// the fingerprint its idempotency key was stored with (a retry of it is still a duplicate, not a reused key).
/// </remarks>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.ReceivePerson")]
public sealed record ReceivePerson(
    string IdempotencyKey,
    ActingParty Actor,
    DateOnly ReceivedOn,
    ReceptionPlace Place,
    ReturnMode HowReturned,
    string CountryCode,
    string HomeUnitCode,
    Sex Sex,
    int BirthYear,
    PersonalData PersonalData,
    bool WantsConfidentiality,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool ConsentsToSupport = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool ConsentsToDataSharing = false) : ICommand;
