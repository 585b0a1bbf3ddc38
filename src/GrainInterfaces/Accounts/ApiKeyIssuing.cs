using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Accounts;

/// <summary>Issuing an API key through the grains: the secret is made here and only its hash reaches the silo.</summary>
public static class ApiKeyIssuing
{
    /// <summary>
    /// Issues a key of <paramref name="party"/> on behalf of <paramref name="administrator"/>: its public id and the
    /// whole key (to be shown once), or the refusal.
    /// </summary>
    public static async Task<(string Id, string Key, CommandError? Error)> IssueApiKeyAsync(
        this IGrainFactory grains, ActingParty administrator, ActingParty party, string label, DateTimeOffset expiresAt)
    {
        var (id, key, hash) = ApiKeySecrets.New();
        var error = await grains.GetGrain<IApiKeyGrain>(id).IssueAsync(administrator, new NewApiKey(party, label, expiresAt, hash));
        return (id, key, error);
    }
}
