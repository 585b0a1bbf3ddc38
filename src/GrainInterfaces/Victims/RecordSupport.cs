using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>
/// A support service delivered (Decree 09/2013) by a Project 3 agency (LDTBXH, YT, HLHPN, TP, CA, BDBP). Any kind but
/// legal aid makes an identified victim count in IND-13; legal aid counts in IND-14. Support given while the
/// verification runs counts once the person is identified. Refused (<c>consentRequired</c>) unless the person's
/// consent to support is in force (<see cref="ConsentKind.Support"/>).
/// </summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="Kind">The regime.</param>
/// <param name="ProvidedOn">Date delivered (not before reception).</param>
/// <param name="Provider">Who delivered it, e.g. "Trung tâm Công tác xã hội tỉnh".</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.RecordSupport")]
public sealed record RecordSupport(string IdempotencyKey, ActingParty Actor, SupportKind Kind, DateOnly ProvidedOn, string Provider) : ICommand;
