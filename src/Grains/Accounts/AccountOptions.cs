namespace AntiTrafficking.Grains.Accounts;

/// <summary>
/// Throttling of local sign-ins (configuration section <c>Accounts</c> of the silo): after too many failures in a row
/// the next attempt must wait, and each further failure doubles the wait up to <see cref="MaxDelay"/>. There is no
/// lock: once the wait has passed the right password signs in.
/// </summary>
public sealed class AccountOptions
{
    /// <summary>Failures in a row from one source (client address) on one user name before it must wait (default 5).</summary>
    public int FreeAttempts { get; set; } = 5;

    /// <summary>Failures in a row from all sources on one user name before every source must wait (default 20).</summary>
    public int AccountFreeAttempts { get; set; } = 20;

    /// <summary>The first wait (default 15 seconds); it doubles with each further failure.</summary>
    public TimeSpan FirstDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The longest wait (default 15 minutes).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(15);
}
