using AntiTrafficking.GrainInterfaces;

namespace AntiTrafficking.Grains.Accounts;

/// <summary>The user names (with their roles) and API key ids in existence.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Accounts.SecurityDirectoryState")]
public sealed class SecurityDirectoryState
{
    /// <summary>Role of every account, by user name.</summary>
    [Id(0)]
    public SortedDictionary<string, ActorRole> Accounts { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Ids of the API keys issued, oldest first.</summary>
    [Id(1)]
    public List<string> ApiKeys { get; set; } = [];
}
