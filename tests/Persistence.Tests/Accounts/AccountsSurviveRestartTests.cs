using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Accounts;
using AntiTrafficking.Persistence.Tests.Cluster;

namespace AntiTrafficking.Persistence.Tests.Accounts;

/// <summary>Accounts and API keys on the real storage: they survive a restart of the whole cluster, and no password or secret is stored.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AccountsSurviveRestartTests(PostgresFixture postgres)
{
    private static readonly ActingParty Administrator = new("admin-store", null, ActorRole.Administrator);
    private static readonly ActingParty Officer = new("dv-store", null, ActorRole.DistrictOfficer, "193");
    private const string Password = "Plain-Password-2013";  // ASCII, so that JSON escaping could not hide it in the rows

    [Fact]
    public async Task AccountsKeysAndRevocationsAreThereAfterARestartWithOnlyHashesStored()
    {
        var serviceId = PostgresTestCluster.NewServiceId("accounts");
        string kept, revoked, keptHash;
        await using (var cluster = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId))
        {
            var grains = cluster.Client;
            Assert.Null(await grains.GetGrain<IAccountGrain>(Officer.UserId)
                .CreateAsync(Administrator, new NewAccount(Password, ActorRole.DistrictOfficer, null, "193", "Cán bộ Hạ Long")));
            var expires = DateTimeOffset.UtcNow.AddDays(90);
            var first = await grains.IssueApiKeyAsync(Administrator, Officer, "hệ thống huyện", expires);
            var second = await grains.IssueApiKeyAsync(Administrator, Officer, "khóa cũ", expires);
            Assert.Null(first.Error);
            Assert.Null(second.Error);
            Assert.Null(await grains.GetGrain<IApiKeyGrain>(second.Id).RevokeAsync(Administrator));
            (kept, revoked) = (first.Key, second.Key);
            Assert.True(ApiKeySecrets.TryRead(kept, out _, out keptHash));
        }

        await using (var restarted = await PostgresTestCluster.StartAsync(postgres.ConnectionString, serviceId))
        {
            var grains = restarted.Client;
            var signIn = await grains.GetGrain<IAccountGrain>(Officer.UserId).SignInAsync(Password, "test");
            Assert.Equal((SignInOutcome.SignedIn, Officer, "Cán bộ Hạ Long"), (signIn.Outcome, signIn.Party, signIn.DisplayName));
            Assert.Equal(SignInOutcome.Refused, (await grains.GetGrain<IAccountGrain>(Officer.UserId).SignInAsync(Password + "x", "test")).Outcome);

            Assert.True(ApiKeySecrets.TryRead(kept, out var keptId, out _));
            Assert.Equal(Officer, await grains.GetGrain<IApiKeyGrain>(keptId).AuthenticateAsync(keptHash));
            Assert.True(ApiKeySecrets.TryRead(revoked, out var revokedId, out var revokedHash));
            Assert.Null(await grains.GetGrain<IApiKeyGrain>(revokedId).AuthenticateAsync(revokedHash));
        }

        var stored = string.Join("\n", await Db.StoredStatesAsync(postgres.ConnectionString, serviceId, "account", "apiKey", "securityDirectory"));
        Assert.Contains("dv-store", stored);
        Assert.DoesNotContain(Password, stored);
        Assert.DoesNotContain(kept, stored);
        Assert.DoesNotContain(kept.Split('.')[^1], stored);
    }
}
