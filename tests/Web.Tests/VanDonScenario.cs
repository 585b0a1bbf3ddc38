using System.Diagnostics;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.Web.Tests.Infrastructure;
using static AntiTrafficking.Web.Tests.Infrastructure.Commands;

namespace AntiTrafficking.Web.Tests;

/// <summary>
/// Project 1 in Vân Đồn (203) posted through the API: the program's catalog, then Cái Rồng (06994), Đài Xuyên (06997),
/// Bình Dân (07000), Vạn Yên (07003) and the district's reporters. No other test writes to these units, to the
/// catalog, or to 2013 and 2015 figures outside them.
/// </summary>
internal static class VanDonScenario
{
    public const string Program = "/programs/QN-3087-2011-2015";
    public const string LawOnTrafficking = "66/2011/QH12";
    public const string Decree62 = "62/2012/NĐ-CP";

    private static readonly ActingParty VanDonOfficer = DistrictOfficer("203");

    /// <summary>Posts every command, then returns how long after the last one the province held Vân Đồn's latest figures.</summary>
    public static async Task<TimeSpan> SeedAsync(HttpClient client)
    {
        await client.AcceptAsync(Program + "/legal-documents", new RegisterLegalDocument(Key(), InformationDepartment, LawOnTrafficking, "Luật Phòng, chống mua bán người", D(2011, 3, 29)));
        await client.AcceptAsync(Program + "/legal-documents", new RegisterLegalDocument(Key(), InformationDepartment, Decree62, "Nghị định 62/2012/NĐ-CP", D(2012, 8, 24)));
        await client.AcceptAsync(Program + "/guidance", new RequireGuidance(Key(), InformationDepartment, "G1", "Hướng dẫn tiếp nhận nạn nhân", "LDTBXH"));
        await client.AcceptAsync(Program + "/guidance", new RequireGuidance(Key(), InformationDepartment, "G2", "Hướng dẫn hỗ trợ nạn nhân", "LDTBXH"));
        await client.AcceptAsync(Program + "/guidance/issuings", new IssueGuidance(Key(), InformationDepartment, "G1", "15/HD-LĐTBXH", D(2012, 10, 1)));

        await Deliver(client, "06994", LawOnTrafficking, "leaflet", 300, D(2012, 4, 10));
        await Deliver(client, "06994", Decree62, "poster", 40, D(2013, 3, 5));
        await Deliver(client, "06997", LawOnTrafficking, "banner", 4, D(2013, 10, 20));
        await Deliver(client, "06997", LawOnTrafficking, "leaflet", 50, D(2014, 2, 1));
        await Deliver(client, "07000", Decree62, "handbook", 25, D(2015, 6, 15));

        for (var i = 1; i <= 10; i++)
        {
            await client.AcceptAsync("/communes/06997/propagandists", new RegisterPerson(Key(), VanDonOfficer, $"TTV-{i}", D(2012, 5, 1)));
        }

        for (var i = 1; i <= 5; i++)
        {
            await client.AcceptAsync("/districts/203/reporters", new RegisterPerson(Key(), VanDonOfficer, $"BCV-{i}", D(2013, 3, 1)));
        }

        await client.AcceptAsync("/districts/203/reporters/deactivations", new DeactivatePerson(Key(), VanDonOfficer, "BCV-5", D(2015, 2, 1)));

        await client.AcceptAsync("/communes/06994/officials", new RecordOfficials(Key(), VanDonOfficer, D(2012, 12, 1), 5, 2));
        await client.AcceptAsync("/communes/06994/officials", new RecordOfficials(Key(), VanDonOfficer, D(2014, 6, 1), 5, 5));
        await client.AcceptAsync("/communes/07000/officials", new RecordOfficials(Key(), VanDonOfficer, D(2013, 4, 1), 3, 1));

        await client.AcceptAsync("/communes/06994/surveys", new RecordSurvey(Key(), Officer, "KS-2013-A", D(2013, 6, 1), 80, 40));
        await client.AcceptAsync("/communes/06994/surveys", new RecordSurvey(Key(), Officer, "KS-2015-A", D(2015, 5, 1), 200, 170));
        await client.AcceptAsync("/communes/07003/surveys", new RecordSurvey(Key(), Officer, "KS-2015-A", D(2015, 9, 10), 100, 60));
        var lastAccepted = Stopwatch.StartNew();

        // The district holds every commune's figures when a command is acknowledged; the province gets them after a
        // short coalescing delay. It holds the latest once its row for Vân Đồn has the district's own data version.
        var district = await client.ScorecardAsync("/districts/203/scorecard?period=2015");
        await Eventually.ReturnsAsync(
            () => client.ScorecardsAsync("/provinces/22/districts/scorecards?period=2015"),
            rows => rows.Single(r => r.UnitCode == "203").Version == district.Version,
            "the province to hold Vân Đồn's latest figures",
            TimeSpan.FromSeconds(1) - lastAccepted.Elapsed);
        return lastAccepted.Elapsed;
    }

    private static Task Deliver(HttpClient client, string commune, string document, string kind, int quantity, DateOnly on) =>
        client.AcceptAsync($"/communes/{commune}/deliveries", new RecordDelivery(Key(), InformationDepartment, document, kind, quantity, on));
}
