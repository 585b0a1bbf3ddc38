using AngleSharp.Html.Parser;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.Web.Tests.Infrastructure;
using AntiTrafficking.WebFrontend.Hosting;
using AntiTrafficking.WebFrontend.Live;
using Microsoft.AspNetCore.SignalR;
using static AntiTrafficking.Web.Tests.Infrastructure.Commands;

namespace AntiTrafficking.Web.Tests.Live;

/// <summary>A site of its own for the live tests, so that counting its grain calls counts only theirs.</summary>
public sealed class LiveWebFixture : WebFixture<TestSiloConfigurator>;

/// <summary>
/// Run alone, after the other collections: <see cref="GrainCallCounter.Total"/> counts every grain call of the process,
/// and no other site may make one while the idle front end is watched.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LiveCollection : ICollectionFixture<LiveWebFixture>
{
    public const string Name = "live";
}

/// <summary>
/// The live path (issue 18.1): a unit grain pushes its changed figures, the front end's relay forwards them as the cells
/// the pages render, formatted for the reader and language, and asks nothing of the grains while nothing changes.
/// </summary>
[Collection(LiveCollection.Name)]
public sealed class LiveFiguresTests(LiveWebFixture fixture)
{
    [Fact]
    public async Task AWatchedDistrictIsPushedItsNewCellsAndItsCommunesExactlyAsItsPageThenShowsThem()
    {
        await using var page = await LiveWatcher.ConnectAsync(fixture);
        await page.WatchAsync(["district:199"], ["2014"]);
        var before = await page.NextAsync(f => f.Source == "district:199" && f.Period == "2014", "the figures as they are when the page opens");
        Assert.Equal("—", LiveWatcher.Cell(before, "199", "IND-03").Value);

        await fixture.CreateClient().AcceptAsync("/communes/06865/surveys",
            new RecordSurvey(Key(), Commands.InformationDepartment, "KS-LIVE-1", D(2014, 3, 1), 40, 30));

        var pushed = await page.NextAsync(
            f => f.Source == "district:199" && LiveWatcher.Cell(f, "199", "IND-03").Counts == "30 / 40", "the district's push after the survey");
        var district = LiveWatcher.Cell(pushed, "199", "IND-03");
        Assert.Equal(("75,0", "status-met", "Đạt", "Met"), (district.Value, district.Status, district.Label, district.State));
        Assert.Equal(75.0m, district.Percent);
        Assert.Equal("30 / 40", LiveWatcher.Cell(pushed, "06865", "IND-03").Counts);
        Assert.Equal("0 / 0", LiveWatcher.Cell(pushed, "06868", "IND-03").Counts);

        // What was pushed reads exactly as the page renders the same cells afterwards.
        using var response = await fixture.AnonymousClient().GetAsync("/huyen/199?period=2014");
        using var html = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(district.Counts, html.QuerySelector("#unit-scorecard [data-live-unit='199'][data-live-indicator='IND-03'][data-live-text='{counts}']")!.TextContent);
        Assert.Equal(district.Value, html.QuerySelector("#unit-scorecard [data-live-unit='199'][data-live-indicator='IND-03'][data-live-text='{value}']")!.TextContent);
        Assert.Equal(district.Label, html.QuerySelector("#unit-scorecard [data-live-unit='199'][data-live-indicator='IND-03'][data-live-status]")!.TextContent);
        Assert.Equal("2014", html.QuerySelector("main")!.GetAttribute("data-live-periods"));
        Assert.Equal("district:199", html.QuerySelector("main")!.GetAttribute("data-live-sources"));
    }

    [Fact]
    public async Task ThePublicIsPushedAPersonsCountAsSmallWhileASignedInLeaderIsPushedTheExactCountInTheirLanguage()
    {
        const string period = "2015-Q3";
        await using var visitor = await LiveWatcher.ConnectAsync(fixture);
        await using var leader = await LiveWatcher.ConnectAsync(fixture, await fixture.KeyForAsync(Parties.Leader));
        await visitor.WatchAsync(["province"], [period]);
        await leader.WatchAsync(["province"], [period], "en");

        await fixture.CreateClient().AcceptAsync("/provinces/22/persons/TN-LIVE-1/reception", new
        {
            idempotencyKey = "live-TN-LIVE-1",
            actor = new { userId = "ca-mc", agencyCode = "CA", role = "caseWorker" },
            receivedOn = "2015-08-03", place = "mongCai", howReturned = "handedOver", countryCode = "CN", homeUnitCode = "06709",
            sex = "female", birthYear = 1999, personalData = new { fullName = "Người Thử Nghiệm" }, wantsConfidentiality = false,
        });

        var exact = await leader.NextAsync(f => LiveWatcher.Cell(f, "194", "IND-12").Denominator == "1", "the leader's push with the person");
        Assert.Equal("1", LiveWatcher.Cell(exact, "22", "IND-12").Denominator);
        var shown = await visitor.NextAsync(f => f.Version >= exact.Version, "the public's push of the same change");
        var district = LiveWatcher.Cell(shown, "194", "IND-12");
        Assert.Equal(("< 5", "status-hidden", "Ẩn (số nhỏ)", "Hidden"), (district.Denominator, district.Status, district.Label, district.State));
        Assert.Null(district.Percent);
        Assert.Equal("< 5", LiveWatcher.Cell(shown, "22", "IND-12").Denominator);
        Assert.Contains(LiveWatcher.Cell(exact, "194", "IND-12").Label, new[] { "Met", "Nearly met", "Not met", "No data" });
        // Nothing in either push names the person.
        Assert.DoesNotContain("Người Thử Nghiệm", System.Text.Json.JsonSerializer.Serialize(shown) + System.Text.Json.JsonSerializer.Serialize(exact));
    }

    [Fact]
    public async Task APublicDistrictPageIsSentNothingWhenAnotherDistrictsChangeLeavesItsCellsAsTheyWere()
    {
        const string period = "2012";
        await using var page = await LiveWatcher.ConnectAsync(fixture);
        await page.WatchAsync(["province", "district:199", "district:201"], [period]);
        await page.NextAsync(f => f.Source == "district:201" && f.Period == period, "Vân Đồn's figures when the page opens");
        var before = page.Received.Count(f => f.Source == "district:201");

        await fixture.CreateClient().AcceptAsync("/communes/06865/surveys",
            new RecordSurvey(Key(), Commands.InformationDepartment, "KS-LIVE-3", D(2012, 4, 2), 50, 20));

        var district = await page.NextAsync(
            f => f.Source == "district:199" && LiveWatcher.Cell(f, "199", "IND-03").Counts == "20 / 50", "Tiên Yên's push after its survey");
        await page.NextAsync(f => f.Source == "province" && LiveWatcher.Cell(f, "199", "IND-03").Counts == "20 / 50", "the province's push after it");
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        // The province's push reaches the public's district pages, but Vân Đồn's cells are as they were: nothing is sent.
        Assert.Equal(before, page.Received.Count(f => f.Source == "district:201"));
        Assert.Equal("0 / 0", LiveWatcher.Cell(page.Received.Last(f => f.Source == "district:201"), "201", "IND-03").Counts);
        // Tiên Yên's own page may be sent its figures again at the same version once the province has them (their
        // protection is worked out with the province's other districts), but never twice the same figures.
        var tienYen = page.Received.Where(f => f.Source == "district:199" && f.Version == district.Version)
            .Select(f => System.Text.Json.JsonSerializer.Serialize(f)).ToList();
        Assert.Equal(tienYen.Count, tienYen.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public async Task WhileNothingChangesTheFrontEndMakesNoGrainCallAndASecondPageOnTheSameUnitCostsNone()
    {
        await using var first = await LiveWatcher.ConnectAsync(fixture);
        await first.WatchAsync(["province", "district:201"], ["2013"]);
        await first.NextAsync(f => f.Source == "district:201", "the figures when the first page opens");

        var calls = GrainCallCounter.Total;
        await using var second = await LiveWatcher.ConnectAsync(fixture);
        await second.WatchAsync(["district:201"], ["2013"]);
        await second.NextAsync(f => f.Source == "district:201", "the figures when the second page opens, from the relay");
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Equal(0, GrainCallCounter.Total - calls);

        await fixture.CreateClient().AcceptAsync("/communes/06925/surveys",
            new RecordSurvey(Key(), Commands.InformationDepartment, "KS-LIVE-2", D(2013, 5, 1), 10, 9));
        await second.NextAsync(f => f.Source == "district:201" && LiveWatcher.Cell(f, "201", "IND-03").Counts == "9 / 10", "the push after the survey");
    }

    [Theory]
    [InlineData("district:abc", "2014", "Unknown unit 'district:abc'")]
    [InlineData("province", "2014-Q5", "'2014-Q5' is not a period")]
    public async Task AWatchOfAnUnknownUnitOrPeriodIsRefusedInBothLanguages(string source, string period, string english)
    {
        await using var page = await LiveWatcher.ConnectAsync(fixture);
        var refused = await Assert.ThrowsAsync<HubException>(() => page.WatchAsync([source], [period]));
        Assert.Contains(english, refused.Message);
        Assert.Contains(source.StartsWith("district", StringComparison.Ordinal) ? "Không có đơn vị" : "không hợp lệ", refused.Message);
    }
}
