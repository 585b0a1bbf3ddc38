namespace AntiTrafficking.GrainInterfaces.Accounts;

/// <summary>The answer to a sign-in attempt.</summary>
/// <param name="Outcome">Signed in, refused (unknown user, wrong password or disabled: never told apart) or throttled.</param>
/// <param name="Party">The acting party of the account when signed in.</param>
/// <param name="DisplayName">The account's display name when signed in.</param>
/// <param name="RetryAfter">How long to wait when throttled.</param>
/// <param name="SessionId">The new session's id when signed in (kept in the cookie; see <see cref="IAccountGrain.GetSessionAsync"/>).</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Accounts.SignInResult")]
public sealed record SignInResult(
    SignInOutcome Outcome, ActingParty? Party = null, string? DisplayName = null, TimeSpan? RetryAfter = null, string? SessionId = null);

/// <summary>What a sign-in attempt gave.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Accounts.SignInOutcome")]
public enum SignInOutcome
{
    /// <summary>The password matched an enabled account.</summary>
    SignedIn,

    /// <summary>Unknown user, wrong password or disabled account.</summary>
    Refused,

    /// <summary>Too many failures in a row from this source or on this user name: not checked until the wait has passed.</summary>
    Throttled,
}
