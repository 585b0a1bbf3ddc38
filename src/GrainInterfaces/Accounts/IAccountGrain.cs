using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Accounts;

/// <summary>
/// A local account of the web front end (key: the user name in lower case). The password is kept only as a PBKDF2
/// hash; repeated failures make the next attempt wait, per source and per user name, known or not. Administrative changes name the administrator acting and are
/// refused (<c>notPermitted</c>) for anyone else.
/// </summary>
[Alias("AntiTrafficking.Accounts.IAccountGrain")]
public interface IAccountGrain : IGrainWithStringKey
{
    /// <summary>Creates the account; refused when it exists or the party is not coherent.</summary>
    [Alias("CreateAsync")]
    Task<CommandError?> CreateAsync(ActingParty administrator, NewAccount account);

    /// <summary>
    /// Checks a password sent from <paramref name="source"/> (the client's address); after too many failures in a row the
    /// next attempt must wait. An unknown user name is answered alike, after checking a dummy hash. A success opens a session.
    /// </summary>
    [Alias("SignInAsync")]
    Task<SignInResult> SignInAsync(string password, string source);

    /// <summary>The account's party while the session is open and the account enabled, else null (the cookie is refused).</summary>
    [Alias("GetSessionAsync")]
    Task<ActingParty?> GetSessionAsync(string sessionId);

    /// <summary>Ends one session (signing out): its cookie stops working at once, even if a copy was kept.</summary>
    [Alias("EndSessionAsync")]
    Task EndSessionAsync(string sessionId);

    /// <summary>Ends every open session of the account (administrator only).</summary>
    [Alias("EndSessionsAsync")]
    Task<CommandError?> EndSessionsAsync(ActingParty administrator);

    /// <summary>Disables (no more sign-in, every session ended) or enables the account again; either clears the failures.</summary>
    [Alias("SetEnabledAsync")]
    Task<CommandError?> SetEnabledAsync(ActingParty administrator, bool enabled);

    /// <summary>Sets a new password (administrator only); every session is ended.</summary>
    [Alias("SetPasswordAsync")]
    Task<CommandError?> SetPasswordAsync(ActingParty administrator, string password);

    /// <summary>Saves a pivot table under its name (replacing one of the same name); refused when the name or query is malformed or 50 are kept.</summary>
    [Alias("SaveFavouriteAsync")]
    Task<CommandError?> SaveFavouriteAsync(PivotFavourite favourite);

    /// <summary>Deletes the pivot table saved under <paramref name="name"/>; refused ("notFound") when there is none.</summary>
    [Alias("DeleteFavouriteAsync")]
    Task<CommandError?> DeleteFavouriteAsync(string name);

    /// <summary>The pivot tables the user saved, by name.</summary>
    [Alias("GetFavouritesAsync")]
    Task<System.Collections.Immutable.ImmutableArray<PivotFavourite>> GetFavouritesAsync();

    /// <summary>The account without its password hash, or null when there is none.</summary>
    [Alias("GetAsync")]
    Task<AccountView?> GetAsync();
}
