using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.GrainInterfaces.Victims;
using static AntiTrafficking.Grains.Tests.Commands;
using static AntiTrafficking.Grains.Tests.Victims.Agencies;

namespace AntiTrafficking.Grains.Tests.Victims;

/// <summary>
/// Project 3 across 2011–2015 in Móng Cái (194: Hải Sơn 06724, Bắc Sơn 06727), Bình Liêu (198: Hoành Mô 06841, and a
/// person whose commune is unknown) and the province (home unknown). Ages are the year received minus the birth year.
/// Every person consents to support at reception.
///
/// P1 Hải Sơn, rec. 2011-11-05 at Móng Cái, handed over from CN, F, 17 (1994), confidential, officer assigned 11-06;
///    essential needs 11-05, verification 11-06, victim 2011-12-01 (BDBP), confidentiality protection 12-01, medical
///    12-05, legal aid 2012-01-10; closed reintegrated 2013-06-30.
/// P2 Hải Sơn, rec. 2012-03-15 at Móng Cái, rescued, CN, F, 22 (1990); verification 03-16, victim 2012-04-20 (CA),
///    psychological 05-01, legal aid declined 05-02, vocational training 09-01.
/// P3 Bắc Sơn, rec. 2012-12-20 elsewhere, self-returned, CN, M, 30 (1982); verification 2013-01-05, NOT a victim
///    2013-02-10; closed 2013-03-01.
/// P4 Bắc Sơn, rec. 2013-05-10 at Hoành Mô, handed over, CN, F, 15 (1998); essential needs 05-10, verification 05-11,
///    victim 2013-06-15 (BDBP), safety 06-15, relocation 07-01, schooling 09-05; no legal aid.
/// P5 Hoành Mô, rec. 2013-08-01 at Hoành Mô, rescued, CN, F, 28 (1985); verification 08-02, victim 2014-01-15 (BDBP),
///    legal aid 2014-02-01 and no other support.
/// P6 Bình Liêu district, rec. 2014-03-20 at Bắc Phong Sinh, self-returned, CN, M, 44 (1970); verification 03-21, not concluded.
/// P7 province, rec. 2014-10-10 elsewhere, handed over from MY, F, 19 (1995); verification 10-11, victim 2015-01-20 (CA),
///    travel 01-21, hardship allowance 02-01, legal aid 02-10, loan 06-01.
/// P8 Hoành Mô, rec. 2015-04-05 at Hoành Mô, rescued, CN, F, 16 (1999); nothing else.
/// P9 Hải Sơn then Hoành Mô (home corrected 2015-06-10), rec. 2015-06-01 at Móng Cái, handed over, CN, F, 22 (1993);
///    verification 06-02, victim 2015-07-01 (CA), medical 07-02, legal aid declined 07-03.
/// </summary>
internal sealed class VictimScenario(IGrainFactory grains)
{
    public const string Province = "22";
    public const string MongCai = "194";
    public const string HaiSon = "06724";
    public const string BacSon = "06727";
    public const string BinhLieu = "198";
    public const string HoanhMo = "06841";

    private readonly ScenarioCommands _commands = new(grains, Province);

    /// <summary>Every command of the scenario, to send again.</summary>
    public IReadOnlyList<Func<Task<CommandResult>>> Sent => _commands.Sent;

    public IVictimGrain Person(string id) => grains.GetGrain<IVictimGrain>($"{Province}:V-{id}");

    public async Task SeedAsync()
    {
        await P1Async();
        await P2AndP3Async();
        await P4AndP5Async();
        await P6AndP7Async();
        await P8AndP9Async();
        await WaitForProvinceAsync();
    }

    private async Task P1Async()
    {
        var p1 = Person("P1");
        await ReceiveAsync(p1, BorderGuard, HaiSon, D(2011, 11, 5), ReceptionPlace.MongCai, ReturnMode.HandedOver, "CN", Sex.Female, 1994, confidential: true);
        await SendAsync(p1.AssignOfficerAsync, new AssignOfficer(Key(), Dolisa, new ActingParty("ldtbxh-p1", "LDTBXH"), D(2011, 11, 6)));
        await SupportAsync(p1, BorderGuard, SupportKind.EssentialNeeds, D(2011, 11, 5));
        await SendAsync(p1.StartVerificationAsync, new StartVerification(Key(), BorderGuard, D(2011, 11, 6)));
        await SendAsync(p1.ConcludeIdentificationAsync, new ConcludeIdentification(Key(), BorderGuard, D(2011, 12, 1), IdentificationOutcome.Victim, "BDBP"));
        await SendAsync(p1.ApplyProtectionAsync, new ApplyProtection(Key(), Police, ProtectionMeasure.Confidentiality, D(2011, 12, 1)));
        await SupportAsync(p1, Health, SupportKind.Medical, D(2011, 12, 5));
        await SupportAsync(p1, Justice, SupportKind.LegalAid, D(2012, 1, 10));
        await SendAsync(p1.CloseAsync, new CloseRecord(Key(), Dolisa, D(2013, 6, 30), Reintegrated: true));
    }

    private async Task P2AndP3Async()
    {
        var p2 = Person("P2");
        await ReceiveAsync(p2, Police, HaiSon, D(2012, 3, 15), ReceptionPlace.MongCai, ReturnMode.Rescued, "CN", Sex.Female, 1990);
        await SendAsync(p2.StartVerificationAsync, new StartVerification(Key(), Police, D(2012, 3, 16)));
        await SendAsync(p2.ConcludeIdentificationAsync, new ConcludeIdentification(Key(), Police, D(2012, 4, 20), IdentificationOutcome.Victim, "CA"));
        await SupportAsync(p2, WomensUnion, SupportKind.Psychological, D(2012, 5, 1));
        await SendAsync(p2.DeclineLegalAidAsync, new DeclineLegalAid(Key(), Dolisa, D(2012, 5, 2)));
        await SupportAsync(p2, Dolisa, SupportKind.VocationalTraining, D(2012, 9, 1));

        var p3 = Person("P3");
        await ReceiveAsync(p3, Dolisa, BacSon, D(2012, 12, 20), ReceptionPlace.Other, ReturnMode.SelfReturned, "CN", Sex.Male, 1982);
        await SendAsync(p3.StartVerificationAsync, new StartVerification(Key(), Police, D(2013, 1, 5)));
        await SendAsync(p3.ConcludeIdentificationAsync, new ConcludeIdentification(Key(), Police, D(2013, 2, 10), IdentificationOutcome.NotVictim));
        await SendAsync(p3.CloseAsync, new CloseRecord(Key(), Dolisa, D(2013, 3, 1), Reintegrated: false));
    }

    private async Task P4AndP5Async()
    {
        var p4 = Person("P4");
        await ReceiveAsync(p4, BorderGuard, BacSon, D(2013, 5, 10), ReceptionPlace.HoanhMo, ReturnMode.HandedOver, "CN", Sex.Female, 1998);
        await SupportAsync(p4, BorderGuard, SupportKind.EssentialNeeds, D(2013, 5, 10));
        await SendAsync(p4.StartVerificationAsync, new StartVerification(Key(), BorderGuard, D(2013, 5, 11)));
        await SendAsync(p4.ConcludeIdentificationAsync, new ConcludeIdentification(Key(), BorderGuard, D(2013, 6, 15), IdentificationOutcome.Victim, "BDBP"));
        await SendAsync(p4.ApplyProtectionAsync, new ApplyProtection(Key(), Police, ProtectionMeasure.Safety, D(2013, 6, 15)));
        await SendAsync(p4.ApplyProtectionAsync, new ApplyProtection(Key(), Dolisa, ProtectionMeasure.Relocation, D(2013, 7, 1)));
        await SupportAsync(p4, Dolisa, SupportKind.Schooling, D(2013, 9, 5));

        var p5 = Person("P5");
        await ReceiveAsync(p5, BorderGuard, HoanhMo, D(2013, 8, 1), ReceptionPlace.HoanhMo, ReturnMode.Rescued, "CN", Sex.Female, 1985);
        await SendAsync(p5.StartVerificationAsync, new StartVerification(Key(), BorderGuard, D(2013, 8, 2)));
        await SendAsync(p5.ConcludeIdentificationAsync, new ConcludeIdentification(Key(), BorderGuard, D(2014, 1, 15), IdentificationOutcome.Victim, "BDBP"));
        await SupportAsync(p5, Justice, SupportKind.LegalAid, D(2014, 2, 1));
    }

    private async Task P6AndP7Async()
    {
        var p6 = Person("P6");
        await ReceiveAsync(p6, BorderGuard, BinhLieu, D(2014, 3, 20), ReceptionPlace.BacPhongSinh, ReturnMode.SelfReturned, "CN", Sex.Male, 1970);
        await SendAsync(p6.StartVerificationAsync, new StartVerification(Key(), BorderGuard, D(2014, 3, 21)));

        var p7 = Person("P7");
        await ReceiveAsync(p7, Police, Province, D(2014, 10, 10), ReceptionPlace.Other, ReturnMode.HandedOver, "MY", Sex.Female, 1995);
        await SendAsync(p7.StartVerificationAsync, new StartVerification(Key(), Police, D(2014, 10, 11)));
        await SendAsync(p7.ConcludeIdentificationAsync, new ConcludeIdentification(Key(), Police, D(2015, 1, 20), IdentificationOutcome.Victim, "CA"));
        await SupportAsync(p7, Dolisa, SupportKind.Travel, D(2015, 1, 21));
        await SupportAsync(p7, Dolisa, SupportKind.HardshipAllowance, D(2015, 2, 1));
        await SupportAsync(p7, Justice, SupportKind.LegalAid, D(2015, 2, 10));
        await SupportAsync(p7, Dolisa, SupportKind.Loan, D(2015, 6, 1));
    }

    private async Task P8AndP9Async()
    {
        await ReceiveAsync(Person("P8"), BorderGuard, HoanhMo, D(2015, 4, 5), ReceptionPlace.HoanhMo, ReturnMode.Rescued, "CN", Sex.Female, 1999);

        var p9 = Person("P9");
        await ReceiveAsync(p9, Police, HaiSon, D(2015, 6, 1), ReceptionPlace.MongCai, ReturnMode.HandedOver, "CN", Sex.Female, 1993);
        await SendAsync(p9.StartVerificationAsync, new StartVerification(Key(), Police, D(2015, 6, 2)));
        await SendAsync(p9.ChangeHomeAsync, new ChangeHome(Key(), Police, HoanhMo, D(2015, 6, 10)));
        await SendAsync(p9.ConcludeIdentificationAsync, new ConcludeIdentification(Key(), Police, D(2015, 7, 1), IdentificationOutcome.Victim, "CA"));
        await SupportAsync(p9, Health, SupportKind.Medical, D(2015, 7, 2));
        await SendAsync(p9.DeclineLegalAidAsync, new DeclineLegalAid(Key(), Justice, D(2015, 7, 3)));
    }

    private Task ReceiveAsync(
        IVictimGrain person, ActingParty actor, string home, DateOnly on, ReceptionPlace place, ReturnMode how, string country, Sex sex, int birthYear, bool confidential = false) =>
        SendAsync(person.ReceiveAsync, new ReceivePerson(
            Key(), actor, on, place, how, country, home, sex, birthYear, People.Identity(person.GetPrimaryKeyString()), confidential, ConsentsToSupport: true));

    private Task SupportAsync(IVictimGrain person, ActingParty actor, SupportKind kind, DateOnly on) =>
        SendAsync(person.RecordSupportAsync, new RecordSupport(Key(), actor, kind, on, $"Đơn vị {actor.AgencyCode}"));

    private async Task WaitForProvinceAsync() =>
        await _commands.WaitForProvinceAsync((await Person("P7").GetAsync())!.Version, MongCai, BinhLieu);

    private Task SendAsync<T>(Func<T, Task<CommandResult>> send, T command) => _commands.SendAsync(send, command);
}
