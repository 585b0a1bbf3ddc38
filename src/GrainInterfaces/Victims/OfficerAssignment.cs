namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>A case worker assigned to a person.</summary>
/// <param name="UserId">The officer's user id.</param>
/// <param name="AgencyCode">The officer's agency.</param>
/// <param name="AssignedOn">Date assigned.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.OfficerAssignment")]
public sealed record OfficerAssignment(string UserId, string AgencyCode, DateOnly AssignedOn);
