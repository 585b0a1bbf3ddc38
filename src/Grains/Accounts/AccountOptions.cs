namespace AntiTrafficking.Grains.Accounts;

/// <summary>Lockout of local accounts (configuration section <c>Accounts</c> of the silo).</summary>
public sealed class AccountOptions
{
    /// <summary>Failed sign-ins in a row that lock an account (default 5).</summary>
    public int MaxFailedAttempts { get; set; } = 5;

    /// <summary>How long a lockout lasts (default 15 minutes).</summary>
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
}
