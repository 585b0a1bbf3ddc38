namespace AntiTrafficking.GrainInterfaces.Accounts;

/// <summary>An account as administrators see it (never its password hash).</summary>
/// <param name="Party">User id (the user name), agency, role and district.</param>
/// <param name="DisplayName">Name shown.</param>
/// <param name="Enabled">False once disabled.</param>
/// <param name="CreatedAt">When it was created.</param>
/// <param name="CreatedBy">The administrator who created it ("bootstrap" for the first one).</param>
/// <param name="FailedAttempts">Failed sign-ins in a row from all sources since the last success (kept in memory).</param>
/// <param name="LockedUntil">Until when every source must wait before trying again, if it must.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Accounts.AccountView")]
public sealed record AccountView(
    ActingParty Party, string DisplayName, bool Enabled, DateTimeOffset CreatedAt, string CreatedBy, int FailedAttempts, DateTimeOffset? LockedUntil);
