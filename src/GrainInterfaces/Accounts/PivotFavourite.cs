namespace AntiTrafficking.GrainInterfaces.Accounts;

/// <summary>A pivot table a user saved (issue 20.3): its name and its choices as the page's query string.</summary>
/// <param name="Name">The name the user gave it (1–80 characters); saving under a name already used replaces it.</param>
/// <param name="Query">The pivot's query string ("?ind=…&amp;units=…"), at most 2,000 characters.</param>
/// <param name="SavedAt">When it was saved.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Accounts.PivotFavourite")]
public sealed record PivotFavourite(string Name, string Query, DateTimeOffset SavedAt);
