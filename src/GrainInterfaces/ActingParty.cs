namespace AntiTrafficking.GrainInterfaces;

/// <summary>Who issues a command: the signed-in user or integration, the agency it acts for, its role and scope.</summary>
/// <param name="UserId">Stable identifier of the person or system acting (never a victim's data).</param>
/// <param name="AgencyCode">Code of the agency acted for (from the province's agencies file), or null for a district or commune officer.</param>
/// <param name="Role">What the party may do; grains check it on every command and every read of personal data.</param>
/// <param name="DistrictCode">GSO code of the district a district officer works for (their scope), else null.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.ActingParty")]
public sealed record ActingParty(
    string UserId,
    string? AgencyCode = null,
    ActorRole Role = ActorRole.AgencyOfficer,
    string? DistrictCode = null);

/// <summary>The roles of the program's users (issue 7); the public is not a party and issues no command.</summary>
[GenerateSerializer, Alias("AntiTrafficking.ActorRole")]
public enum ActorRole
{
    /// <summary>Officer of an agency: that agency's commands only.</summary>
    AgencyOfficer = 0,

    /// <summary>District officer: data entry for their own district and its communes.</summary>
    DistrictOfficer = 1,

    /// <summary>Victim case worker of a case-working agency: victims' personal data; confidential ones only when assigned.</summary>
    CaseWorker = 2,

    /// <summary>Leader: every aggregate, no data entry.</summary>
    Leader = 3,

    /// <summary>Analyst: every aggregate, no data entry.</summary>
    Analyst = 4,

    /// <summary>Administrator: accounts, API keys and the audit trail; no data entry.</summary>
    Administrator = 5,
}
