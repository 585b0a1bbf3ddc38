using System.Text.Json;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Victims;
using static AntiTrafficking.Grains.Tests.Commands;

namespace AntiTrafficking.Grains.Tests.Victims;

/// <summary>
/// Personal data is released only by an explicit read naming who and why: to case workers of the agencies that have the
/// record (here the receiving one, the Border Guard), and for a person who asked for confidentiality only to the officers
/// assigned. Every attempt is in the history, without the data. Uses 06937.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class PersonalDataAccessTests(ClusterFixture fixture)
{
    private const string QuangThinh = "06937";

    private static readonly ActingParty AssignedOfficer = new("ldtbxh-case-worker-7", "LDTBXH", ActorRole.CaseWorker);
    private static readonly ActingParty OtherDolisaOfficer = new("ldtbxh-case-worker-9", "LDTBXH", ActorRole.CaseWorker);

    private readonly Stages _stages = new(fixture.Grains, QuangThinh);

    [Fact]
    public async Task AConfidentialRecordIsRefusedToAnOfficerNotAssignedAndReadByOneAssigned()
    {
        var identity = new PersonalData("Lý Thị Kín", "022198001111", "Bản Khe Lạc, Quảng Thịnh", "0911222333");
        var person = await _stages.ReceivedAsync(People.Reception(QuangThinh, Stages.ReceivedOn, identity: identity, birthYear: 1998, confidential: true));
        await person.AssignOfficerAsync(new(Key(), Agencies.Dolisa, AssignedOfficer, D(2013, 5, 12)));

        var notAssigned = await person.ReadPersonalDataAsync(new(OtherDolisaOfficer, "lập hồ sơ hỗ trợ"));
        var police = await person.ReadPersonalDataAsync(new(Agencies.PoliceCaseWorker, "phục vụ điều tra"));
        var assigned = await person.ReadPersonalDataAsync(new(AssignedOfficer, "lập hồ sơ hỗ trợ"));

        Assert.Equal((false, "notPermitted", "reader.userId"), (notAssigned.Granted, notAssigned.Error!.Code, notAssigned.Error.Field));
        Assert.Equal((false, "notPermitted", "reader.agencyCode"), (police.Granted, police.Error!.Code, police.Error.Field));
        Assert.Equal((null, null), (notAssigned.Data, notAssigned.BirthYear));
        Assert.Equal((true, identity, 1998), (assigned.Granted, assigned.Data, assigned.BirthYear));
        var view = await person.GetAsync();
        Assert.True(view!.Confidential);
        Assert.Equal([AssignedOfficer.UserId], view.Officers.Select(o => o.UserId));
    }

    [Fact]
    public async Task AnOrdinaryRecordIsReadableByCaseWorkersOfTheAgencyThatHasItOnly()
    {
        var person = await _stages.ReceivedAsync();

        var borderGuard = await person.ReadPersonalDataAsync(new(Agencies.BorderGuardCaseWorker, "đối chiếu danh tính"));
        var police = await person.ReadPersonalDataAsync(new(Agencies.PoliceCaseWorker, "đối chiếu danh tính"));
        var health = await person.ReadPersonalDataAsync(new(Agencies.HealthCaseWorker, "khám bệnh"));
        var justice = await person.ReadPersonalDataAsync(new(Agencies.Justice with { Role = ActorRole.CaseWorker }, "trợ giúp pháp lý"));
        var information = await person.ReadPersonalDataAsync(new(Agencies.Information with { Role = ActorRole.CaseWorker }, "đưa tin"));
        var policeOfficer = await person.ReadPersonalDataAsync(new(Agencies.Police, "điều tra"));
        var districtOfficer = await person.ReadPersonalDataAsync(new(DistrictOfficer("198"), "xác minh"));
        var leader = await person.ReadPersonalDataAsync(new(new ActingParty("lanh-dao", "CA", ActorRole.Leader), "xem"));

        Assert.True(borderGuard.Granted);
        Assert.NotNull(borderGuard.Data);
        Assert.All([police, health, justice, information], r => Assert.Equal(("notPermitted", "reader.agencyCode", null), (r.Error!.Code, r.Error.Field, r.Data)));
        Assert.All([policeOfficer, districtOfficer, leader], r => Assert.Equal(("notPermitted", "reader.role", null), (r.Error!.Code, r.Error.Field, r.Data)));
    }

    [Fact]
    public async Task AReadWithoutAPurposeOrAReaderIsRefusedAndAPersonNotReceivedHasNothingToRead()
    {
        var person = await _stages.ReceivedAsync();

        var noPurpose = await person.ReadPersonalDataAsync(new(Agencies.DolisaCaseWorker, " "));
        var noReader = await person.ReadPersonalDataAsync(new(new ActingParty(""), "xem"));
        var nobody = await People.NewPerson(fixture.Grains).ReadPersonalDataAsync(new(Agencies.DolisaCaseWorker, "xem"));

        Assert.Equal(("required", "purpose"), (noPurpose.Error!.Code, noPurpose.Error.Field));
        Assert.Equal(("required", "reader.userId"), (noReader.Error!.Code, noReader.Error.Field));
        Assert.Equal(("notRecorded", "personId"), (nobody.Error!.Code, nobody.Error.Field));
        Assert.DoesNotContain((await person.GetAsync())!.History, h => h.Step.StartsWith("personalData", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryReadIsAddedToTheHistoryWithWhoWhenAndWhyButNotTheData()
    {
        var identity = new PersonalData("Trần Văn Vết", "022190005555", "Tổ 3 khu 5, Quảng Hà", "0900555666");
        var person = await _stages.ReceivedAsync(People.Reception(QuangThinh, Stages.ReceivedOn, identity: identity));

        await person.ReadPersonalDataAsync(new(Agencies.BorderGuardCaseWorker, "tư vấn tâm lý"));
        await person.ReadPersonalDataAsync(new(Agencies.Information, "viết bài"));

        var view = await person.GetAsync();
        var reads = view!.History.Where(h => h.Step.StartsWith("personalData", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            [("personalDataRead", "BDBP", "bdbp-case-worker", "tư vấn tâm lý"), ("personalDataReadRefused", "TTTT", "tttt-officer", "viết bài")],
            reads.Select(r => (r.Step, r.AgencyCode!, r.UserId, r.Detail!)));
        Assert.All(reads, r => Assert.Equal(D(2026, 11, 28), r.Date));
        Assert.Equal(1L, view.Version);
        var stored = JsonSerializer.Serialize(view);
        Assert.All([identity.FullName, identity.IdentityNumber!, identity.Address!, identity.Contact!], value => Assert.DoesNotContain(value, stored));
    }

    [Fact]
    public async Task CommandsAndAnswersCarryingPersonalDataPrintNoneOfIt()
    {
        var identity = new PersonalData("Đặng Thị In", "022185009999", "Xóm Nhật Ký", "0977000999");
        var reception = People.Reception(QuangThinh, Stages.ReceivedOn, identity: identity);
        var person = await _stages.ReceivedAsync(reception);

        var answer = await person.ReadPersonalDataAsync(new(Agencies.BorderGuardCaseWorker, "lập hồ sơ"));

        var printed = $"{reception} {answer} {identity} {new GrainInterfaces.Victims.ReadRequest(Agencies.DolisaCaseWorker, "x")}";
        Assert.True(answer.Granted);
        Assert.All([identity.FullName, identity.IdentityNumber!, identity.Address!, identity.Contact!], value => Assert.DoesNotContain(value, printed));
        Assert.Contains("***", printed);
    }
}
