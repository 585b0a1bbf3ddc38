using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Audit;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Grains.Audit;
using AntiTrafficking.Grains.Tests.Victims;
using Microsoft.Extensions.DependencyInjection;
using static AntiTrafficking.Grains.Tests.Commands;
using VictimAgencies = AntiTrafficking.Grains.Tests.Victims.Agencies;

namespace AntiTrafficking.Grains.Tests;

/// <summary>
/// Every command, whatever its outcome, and every read of personal data leaves one chained audit entry naming who, on
/// what, with which result and from where — and never a value of the personal data. Uses communes 06652 and 06943.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AuditTrailTests(ClusterFixture fixture)
{
    private const string HongHai = "06652";
    private const string QuangSon = "06943";

    private static readonly ActingParty HaLongOfficer = DistrictOfficer("193");

    private MemoryAuditTrail Trail => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<MemoryAuditTrail>();

    [Fact]
    public async Task AnAcceptedARetriedAndARefusedCommandEachLeaveOneEntryWithTheirOutcome()
    {
        var commune = fixture.Grains.GetGrain<ICommuneGrain>(HongHai);
        var key = Key();
        var refusedKey = Key();
        CommandResult accepted;
        RequestContext.Set(AuditSource.RequestContextKey, "police-system 10.1.2.3");
        try
        {
            accepted = await commune.RecordSurveyAsync(new(key, InformationDepartment, "S-audit-1", D(2012, 3, 1), 40, 30));
            await commune.RecordSurveyAsync(new(key, InformationDepartment, "S-audit-1", D(2012, 3, 1), 40, 30));
            await commune.RecordSurveyAsync(new(refusedKey, InformationDepartment, "S-audit-2", D(2099, 1, 1), 40, 30));
        }
        finally
        {
            RequestContext.Remove(AuditSource.RequestContextKey);
        }

        var entries = Trail.Records.Select(r => r.Entry).Where(e => e.IdempotencyKey == key || e.IdempotencyKey == refusedKey).ToList();
        Assert.Equal(CommandOutcome.Accepted, accepted.Outcome);
        Assert.Equal(
            [
                (AuditActions.Accepted, (string?)null, accepted.Version, key),
                (AuditActions.Duplicate, null, accepted.Version, key),
                (AuditActions.Rejected, "dateInFuture", accepted.Version, refusedKey),
            ],
            entries.Select(e => (e.Outcome, e.Code, e.Version, e.IdempotencyKey!)));
        Assert.All(entries, e => Assert.Equal(
            ("ic-test", "TTTT", nameof(RecordSurvey), $"commune/{HongHai}", "police-system 10.1.2.3"),
            (e.ActorUserId, e.ActorAgency, e.Action, e.Target, e.Source)));
    }

    [Fact]
    public async Task ACallThatNamesNoSourceIsRecordedAsAGrainClientCall()
    {
        var key = Key();
        await fixture.Grains.GetGrain<ICommuneGrain>(HongHai).RegisterPropagandistAsync(new(key, HaLongOfficer, "P-audit-3", D(2012, 4, 1)));

        var entry = Assert.Single(Trail.Records, r => r.Entry.IdempotencyKey == key).Entry;
        Assert.Equal((AuditSource.GrainClient, HaLongOfficer.UserId, null), (entry.Source, entry.ActorUserId, entry.ActorAgency));
        Assert.Equal(("DistrictOfficer", "193"), (entry.ActorRole, entry.ActorDistrict));
    }

    [Fact]
    public async Task EveryReadOfPersonalDataIsAuditedGrantedOrRefusedWithoutTheData()
    {
        var identity = new PersonalData("Hoàng Thị Vết", "022199003333", "Thôn Đồng Mộc, Quảng Sơn", "0977888999");
        var person = await new Stages(fixture.Grains, QuangSon).ReceivedAsync(People.Reception(QuangSon, Stages.ReceivedOn, identity: identity));
        var target = person.GetGrainId().ToString();

        await person.ReadPersonalDataAsync(new(VictimAgencies.BorderGuardCaseWorker, "đối chiếu danh tính"));
        await person.ReadPersonalDataAsync(new(VictimAgencies.Information, "đưa tin"));

        var reads = Trail.Records.Select(r => r.Entry).Where(e => e.Target == target && e.Action == AuditActions.PersonalDataRead).ToList();
        Assert.Equal(
            [(AuditActions.Granted, (string?)null, VictimAgencies.BorderGuardCaseWorker.UserId), (AuditActions.Refused, "notPermitted", VictimAgencies.Information.UserId)],
            reads.Select(e => (e.Outcome, e.Code, e.ActorUserId)));
        var everything = string.Join("|", Trail.Records.Select(r => r.Entry.ToString()));
        Assert.DoesNotContain(identity.FullName, everything);
        Assert.DoesNotContain(identity.IdentityNumber!, everything);
    }

    [Fact]
    public async Task TheChainVerifiesAndAChangedEntryIsFoundAtItsPlace()
    {
        await fixture.Grains.GetGrain<ICommuneGrain>(HongHai).RegisterPropagandistAsync(new(Key(), HaLongOfficer, "P-audit-4", D(2012, 5, 1)));
        var records = Trail.Records;

        Assert.Equal(new AuditVerification(records.Count, null), await Trail.VerifyAsync());

        var verifier = new AuditChain.Verifier();
        var tampered = records.Count / 2;
        foreach (var record in records)
        {
            verifier.Check(record.Sequence == tampered ? record with { Entry = record.Entry with { ActorUserId = "someone-else" } } : record);
        }

        Assert.Equal(new AuditVerification(records.Count, tampered), verifier.Result);
    }

    [Fact]
    public void RowsWrittenBeforeRolesWereAuditedStillVerifyAndAddingOrRemovingARoleBreaksTheChain()
    {
        var at = new DateTimeOffset(2026, 11, 1, 2, 3, 4, TimeSpan.Zero);
        var legacy = new AuditEntry("ic-01", "TTTT", "RecordSurvey", "commune/06649", "accepted", null, 3, "k-1", "api 10.0.0.5", null, null);
        var now = AuditEntries.By(HaLongOfficer, "RecordSurvey", "commune/06649", "accepted", null, 4, "k-2", "api 10.0.0.5");
        var first = AuditChain.Next(ChainHead.Empty, at, legacy);
        var second = AuditChain.Next(first.Head, at, now);

        // The hash of a row without role or district is the one written before the columns existed (SHA-256 of the
        // genesis hash, then sequence, time and each field, length-prefixed, computed independently of this code).
        Assert.Equal("366a2b97", Convert.ToHexStringLower(first.Hash)[..8]);
        Assert.Equal(new AuditVerification(2, null), Verify(first, second));
        Assert.Equal(new AuditVerification(2, 1), Verify(first with { Entry = first.Entry with { ActorRole = "Administrator" } }, second));
        Assert.Equal(new AuditVerification(2, 2), Verify(first, second with { Entry = second.Entry with { ActorDistrict = null, ActorRole = null } }));
    }

    private static AuditVerification Verify(params AuditRecord[] records)
    {
        var verifier = new AuditChain.Verifier();
        foreach (var record in records)
        {
            verifier.Check(record);
        }

        return verifier.Result;
    }
}
