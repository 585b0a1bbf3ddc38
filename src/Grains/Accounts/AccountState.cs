using AntiTrafficking.GrainInterfaces;

namespace AntiTrafficking.Grains.Accounts;

/// <summary>A stored account: the acting party, the PBKDF2 password hash (never the password) and its open sessions.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Accounts.AccountState")]
public sealed class AccountState
{
    /// <summary>The account's party; null while the account does not exist.</summary>
    [Id(0)]
    public ActingParty? Party { get; set; }

    /// <summary>Name shown.</summary>
    [Id(1)]
    public string DisplayName { get; set; } = "";

    /// <summary>ASP.NET Core Identity's hash format (version 3: PBKDF2 with HMAC-SHA512, salted).</summary>
    [Id(2)]
    public string PasswordHash { get; set; } = "";

    /// <summary>False once disabled.</summary>
    [Id(3)]
    public bool Enabled { get; set; }

    /// <summary>When it was created.</summary>
    [Id(4)]
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>Who created it.</summary>
    [Id(5)]
    public string CreatedBy { get; set; } = "";

    /// <summary>
    /// The open sessions' ids, oldest first (at most <see cref="AccountGrain.SessionsKept"/>): a sign-in cookie works only
    /// while its id is here. Sign-out removes its own; a new password, disabling or an administrator removes them all.
    /// </summary>
    [Id(8)]
    public List<string> Sessions { get; set; } = [];

    /// <summary>The pivot tables the user saved (issue 20.3), by name.</summary>
    [Id(9)]
    public List<GrainInterfaces.Accounts.PivotFavourite> Favourites { get; set; } = [];
}
