using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>
/// Assigns a case worker to the person (by the lead agency, LDTBXH). For a person who asked for confidentiality, only
/// the officers assigned may read the personal data.
/// </summary>
/// <param name="IdempotencyKey">See <see cref="ICommand.IdempotencyKey"/>.</param>
/// <param name="Actor">See <see cref="ICommand.Actor"/>.</param>
/// <param name="Officer">The officer: user id and agency (LDTBXH, CA, BDBP, YT or HLHPN).</param>
/// <param name="AssignedOn">Date assigned (not before reception).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.AssignOfficer")]
public sealed record AssignOfficer(string IdempotencyKey, ActingParty Actor, ActingParty Officer, DateOnly AssignedOn) : ICommand;
