using System.Text;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Persistence.Tests.Cluster;

namespace AntiTrafficking.Persistence.Tests.Victims;

/// <summary>
/// Project 3 on the real providers: the stored rows hold no name, identity number, address or contact in clear; the
/// identity decrypts after a full restart with the key file, and after a key rotation.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class PersonalDataAtRestTests(PostgresFixture postgres) : IDisposable
{
    private const string HaiSon = "06724";

    private static readonly ActingParty BorderGuard = new("bdbp-test", "BDBP", ActorRole.CaseWorker);
    private static readonly ActingParty Dolisa = new("ldtbxh-test", "LDTBXH", ActorRole.CaseWorker);
    private static readonly ActingParty Assigned = new("ldtbxh-case-worker", "LDTBXH", ActorRole.CaseWorker);

    private static readonly PersonalData Ordinary = new("Phạm Thị Lưu Trữ", "022193004567", "Số 12 phố Kho, Hải Sơn", "0933444555");
    private static readonly PersonalData Confidential = new("Đinh Văn Mật", "022188007654", "Bản Pò Hèn, Hải Sơn", "0944555666");

    private readonly KeyRingFile _keys = new();

    [Fact]
    public async Task TheStoredRowsHoldNoIdentityInClearAndItDecryptsAfterAFullRestart()
    {
        var serviceId = PostgresTestCluster.NewServiceId("victims");
        _keys.Rotate("2014-01");
        await using (var cluster = await VictimTestCluster.StartAsync(postgres.ConnectionString, serviceId, _keys.Path))
        {
            var ordinary = cluster.Client.GetGrain<IVictimGrain>("22:rest-1");
            var secret = cluster.Client.GetGrain<IVictimGrain>("22:rest-2");
            Accepted(await ordinary.ReceiveAsync(Reception("rest-1-in", Ordinary, confidential: false)));
            Accepted(await ordinary.StartVerificationAsync(new("rest-1-verify", BorderGuard, new(2014, 3, 3))));
            Accepted(await ordinary.ConcludeIdentificationAsync(new("rest-1-identify", BorderGuard, new(2014, 4, 1), IdentificationOutcome.Victim, "BDBP")));
            Accepted(await secret.ReceiveAsync(Reception("rest-2-in", Confidential, confidential: true)));
            Accepted(await secret.AssignOfficerAsync(new("rest-2-assign", Dolisa, Assigned, new(2014, 3, 3))));
            Assert.True((await ordinary.ReadPersonalDataAsync(new(BorderGuard, "lập hồ sơ"))).Granted);
        }

        var rows = await StoredRowsAsync(serviceId);
        var everything = string.Join("\n", rows.Select(r => r.Payload));
        Assert.Contains(rows, r => r.Type == "person");
        Assert.All(
            [Ordinary.FullName, Ordinary.IdentityNumber!, Ordinary.Address!, Ordinary.Contact!, Confidential.FullName, Confidential.IdentityNumber!, Confidential.Address!],
            value => Assert.DoesNotContain(value, everything));
        Assert.All(rows.Where(r => r.Type == "person"), r => Assert.Contains("\"keyId\":\"2014-01\"", r.Payload));

        await using var restarted = await VictimTestCluster.StartAsync(postgres.ConnectionString, serviceId, _keys.Path);
        var read = await restarted.Client.GetGrain<IVictimGrain>("22:rest-1").ReadPersonalDataAsync(new(BorderGuard, "đối chiếu"));
        var refused = await restarted.Client.GetGrain<IVictimGrain>("22:rest-2").ReadPersonalDataAsync(new(Dolisa, "đối chiếu"));
        var granted = await restarted.Client.GetGrain<IVictimGrain>("22:rest-2").ReadPersonalDataAsync(new(Assigned, "hỗ trợ"));
        Assert.Equal((Ordinary, 1993), (read.Data, read.BirthYear));
        Assert.Equal("notPermitted", refused.Error!.Code);
        Assert.Equal(Confidential, granted.Data);

        var commune = await restarted.Client.GetGrain<ICommuneGrain>(HaiSon).GetScorecardAsync("2014");
        Assert.Equal((1L, 2L), Figures(commune, "IND-12"));
        Assert.Equal((0L, 1L), Figures(commune, "IND-13"));
        var retry = await restarted.Client.GetGrain<IVictimGrain>("22:rest-1")
            .ConcludeIdentificationAsync(new("rest-1-identify", BorderGuard, new(2014, 4, 1), IdentificationOutcome.Victim, "BDBP"));
        Assert.Equal((CommandOutcome.Duplicate, 3L), (retry.Outcome, retry.Version));
        var history = (await restarted.Client.GetGrain<IVictimGrain>("22:rest-1").GetAsync())!.History;
        Assert.Equal(["personalDataRead", "personalDataRead"], history.Where(h => h.Step.StartsWith("personalData", StringComparison.Ordinal)).Select(h => h.Step));
    }

    [Fact]
    public async Task AfterAKeyRotationOldRecordsStillDecryptAndTheNextCommandReSealsThemUnderTheNewKey()
    {
        var serviceId = PostgresTestCluster.NewServiceId("victims-rotation");
        _keys.Rotate("2014-01");
        await using (var cluster = await VictimTestCluster.StartAsync(postgres.ConnectionString, serviceId, _keys.Path))
        {
            Accepted(await cluster.Client.GetGrain<IVictimGrain>("22:rot-1").ReceiveAsync(Reception("rot-1-in", Ordinary, confidential: false)));
        }

        _keys.Rotate("2015-06");
        await using (var rotated = await VictimTestCluster.StartAsync(postgres.ConnectionString, serviceId, _keys.Path))
        {
            var person = rotated.Client.GetGrain<IVictimGrain>("22:rot-1");
            Assert.Equal(Ordinary, (await person.ReadPersonalDataAsync(new(BorderGuard, "kiểm tra sau khi đổi khóa"))).Data);
            Assert.Contains("\"keyId\":\"2014-01\"", await PersonRowAsync(serviceId));

            Accepted(await person.StartVerificationAsync(new("rot-1-verify", BorderGuard, new(2014, 3, 3))));

            // The journal's row of the command holds the person's new state, re-sealed under the new key.
            var latest = await Db.ScalarAsync<byte[]>(
                postgres.ConnectionString,
                "SELECT payload FROM command_journal WHERE service_id = @service AND stream = 'victim/22:rot-1' ORDER BY position DESC LIMIT 1",
                ("service", serviceId));
            Assert.Contains("2015-06", Encoding.UTF8.GetString(latest));
        }

        // Stopping the cluster wrote the person's snapshot, sealed under the new key.
        Assert.Contains("\"keyId\":\"2015-06\"", await PersonRowAsync(serviceId));

        _keys.Retire("2014-01", activeKeyId: "2015-06");
        await using var retired = await VictimTestCluster.StartAsync(postgres.ConnectionString, serviceId, _keys.Path);
        Assert.Equal(Ordinary, (await retired.Client.GetGrain<IVictimGrain>("22:rot-1").ReadPersonalDataAsync(new(BorderGuard, "kiểm tra"))).Data);
    }

    public void Dispose() => _keys.Dispose();

    private static ReceivePerson Reception(string key, PersonalData identity, bool confidential) =>
        new(key, BorderGuard, new(2014, 3, 2), ReceptionPlace.MongCai, ReturnMode.HandedOver, "CN", HaiSon, Sex.Female, 1993, identity, confidential);

    private static void Accepted(CommandResult result) => Assert.True(result.Outcome == CommandOutcome.Accepted, $"refused: {result.Error}");

    private static (long, long) Figures(GrainInterfaces.Views.ScorecardView card, string code)
    {
        var indicator = card.Indicators.Single(i => i.Code == code);
        return (indicator.Numerator, indicator.Denominator);
    }

    private async Task<string> PersonRowAsync(string serviceId) => (await StoredRowsAsync(serviceId)).Single(r => r.Type == "person").Payload;

    private Task<List<(string Type, string Payload)>> StoredRowsAsync(string serviceId) =>
        Db.QueryAsync(
            postgres.ConnectionString,
            "SELECT grain_type_string, payload_binary FROM orleans_storage WHERE service_id = @service AND payload_binary IS NOT NULL",
            r => (r.GetString(0), Encoding.UTF8.GetString(r.GetFieldValue<byte[]>(1))),
            ("service", serviceId));
}
