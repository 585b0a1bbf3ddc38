using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.Grains.Audit;
using AntiTrafficking.Grains.Tests.Victims;
using Microsoft.Extensions.DependencyInjection;
using static AntiTrafficking.Grains.Tests.Commands;

namespace AntiTrafficking.Grains.Tests.Security;

/// <summary>
/// An acting party that is not well formed — no district for a district officer, no agency for an agency officer or
/// case worker, a code that does not exist, a role that does not exist — is refused before anything else, changes
/// nothing and is audited. Uses Bình Dân (07000) and Vạn Yên (07003) of Vân Đồn.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ActingPartyEnvelopeTests(ClusterFixture fixture)
{
    private const string BinhDan = "07000";
    private const string VanYen = "07003";

    public static TheoryData<ActingParty, string, string> MalformedParties => new()
    {
        { new ActingParty("do-no-district", null, ActorRole.DistrictOfficer), "required", "districtCode" },
        { new ActingParty("do-unknown-district", null, ActorRole.DistrictOfficer, "999"), "unknownDistrict", "districtCode" },
        { new ActingParty("do-with-agency", "CA", ActorRole.DistrictOfficer, "203"), "notApplicable", "agencyCode" },
        { new ActingParty("ao-no-agency"), "required", "agencyCode" },
        { new ActingParty("cw-no-agency", null, ActorRole.CaseWorker), "required", "agencyCode" },
        { new ActingParty("ao-with-district", "TTTT", ActorRole.AgencyOfficer, "203"), "notApplicable", "districtCode" },
        { new ActingParty("ao-unknown-agency", "NOPE"), "unknownAgency", "agencyCode" },
        { new ActingParty("leader-unknown-district", null, ActorRole.Leader, "999"), "unknownDistrict", "districtCode" },
        { new ActingParty("undefined-role", "TTTT", (ActorRole)42), "unknownValue", "role" },
        { new ActingParty(" ", "TTTT"), "required", "userId" },
    };

    private MemoryAuditTrail Trail => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<MemoryAuditTrail>();

    [Theory]
    [MemberData(nameof(MalformedParties))]
    public async Task ACommandFromAMalformedPartyIsRefusedNamingTheFieldChangesNothingAndIsAudited(ActingParty party, string code, string field)
    {
        var commune = fixture.Grains.GetGrain<ICommuneGrain>(BinhDan);
        var before = await commune.GetScorecardAsync("2015");
        var key = Key();

        var result = await commune.RecordSurveyAsync(new(key, party, $"KS-{key}", D(2013, 3, 1), 40, 20));

        Assert.Equal((CommandOutcome.Rejected, code, "actor." + field), (result.Outcome, result.Error!.Code, result.Error.Field));
        Assert.False(string.IsNullOrWhiteSpace(result.Error.MessageVi));
        Assert.False(string.IsNullOrWhiteSpace(result.Error.MessageEn));
        Assert.Equal(before.Version, (await commune.GetScorecardAsync("2015")).Version);
        var entry = Assert.Single(Trail.Records, r => r.Entry.IdempotencyKey == key).Entry;
        Assert.Equal((AuditActions.Rejected, code), (entry.Outcome, entry.Code));
    }

    [Theory]
    [MemberData(nameof(MalformedParties))]
    public async Task AReadFromAMalformedPartyIsRefusedNamingTheReadersFieldAndReleasesNothing(ActingParty party, string code, string field)
    {
        var person = await new Stages(fixture.Grains, VanYen).ReceivedAsync();

        var read = await person.ReadPersonalDataAsync(new(party, "hỗ trợ"));

        Assert.Equal((false, null, code, "reader." + field), (read.Granted, read.Data, read.Error!.Code, read.Error.Field));
        var entry = Assert.Single(Trail.Records, r => r.Entry.Target == person.GetGrainId().ToString() && r.Entry.Action == AuditActions.PersonalDataRead).Entry;
        Assert.Equal((AuditActions.Refused, code), (entry.Outcome, entry.Code));
    }

    [Fact]
    public async Task AnAcceptedCommandSentAgainByAPartyOutOfScopeIsRefusedNotReplayed()
    {
        var commune = fixture.Grains.GetGrain<ICommuneGrain>(BinhDan);
        var survey = new RecordSurvey(Key(), DistrictOfficer("203"), "KS-replay", D(2013, 4, 1), 30, 15);
        var accepted = await commune.RecordSurveyAsync(survey);

        var replay = await commune.RecordSurveyAsync(survey with { Actor = DistrictOfficer("204") });
        var retry = await commune.RecordSurveyAsync(survey);

        Assert.Equal(CommandOutcome.Accepted, accepted.Outcome);
        Assert.Equal((CommandOutcome.Rejected, "notPermitted", "actor.districtCode"), (replay.Outcome, replay.Error!.Code, replay.Error.Field));
        Assert.Equal((CommandOutcome.Duplicate, accepted.Version), (retry.Outcome, retry.Version));
        var ind03 = (await commune.GetScorecardAsync("2013")).Indicators.Single(i => i.Code == "IND-03");
        Assert.Equal((15L, 30L), (ind03.Numerator, ind03.Denominator));
    }
}
