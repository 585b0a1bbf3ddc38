using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Grains.Reference;
using AntiTrafficking.Web.Tests.Infrastructure;
using AntiTrafficking.WebFrontend.Exchange;
using Microsoft.AspNetCore.Hosting;
using static AntiTrafficking.Web.Tests.Infrastructure.Commands;

namespace AntiTrafficking.Web.Tests.Exchange;

/// <summary>
/// The exports for the national DHIS2 instance (issue 20.4): a survey and ten propagandists in Đồng Tâm (06844, Bình
/// Liêu 198) in Q2 2014 move IND-03 and IND-05; the DHIS2 JSON and the ADX of Q2 2014 and of 2014 at district level carry
/// exactly the district scorecards' numerators and denominators, under the UIDs of data/provinces/22/dhis2-mapping.json.
/// No other test writes to Bình Liêu's communes; the figures are compared before and after the commands.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class Dhis2AndAdxExportTests(WebFixture fixture)
{
    private const string BinhLieu = "198";
    private const string DongTam = "06844";
    private const string Quarter = "2014Q2";
    private const string Year = "2014";
    private static readonly XNamespace Adx = "urn:ihe:qrph:adx:2015";
    private static readonly Mapping Uids = ReadMapping();
    private static Task? _seeding;
    private static (Dictionary<Cell, long> Quarter, Dictionary<Cell, long> Year)? _before;

    private readonly HttpClient _writer = fixture.CreateClient();

    [Fact]
    public async Task TheDhis2ExportOfAQuarterAndAYearCarriesEveryDistrictScorecardCellUnderTheMappedUids()
    {
        var analyst = await SeededAsync();

        foreach (var (period, dhis2Period) in new[] { ("2014-Q2", Quarter), ("2014", Year) })
        {
            var exported = await Dhis2CellsAsync(analyst, $"period={dhis2Period}&level=district");
            Assert.Equal(await ScorecardCellsAsync(analyst, period, dhis2Period), exported);
        }
    }

    [Fact]
    public async Task TheCommandsMoveTheExportedNumeratorsAndDenominatorsOfBinhLieuByWhatTheyRecorded()
    {
        var analyst = await SeededAsync();
        var (quarterBefore, yearBefore) = _before!.Value;

        var quarter = await Dhis2CellsAsync(analyst, $"period={Quarter}&level=district");
        var year = await Dhis2CellsAsync(analyst, $"period={Year}&level=district");

        foreach (var (after, before, period) in new[] { (quarter, quarterBefore, Quarter), (year, yearBefore, Year) })
        {
            // Surveyed 90, aware 60; ten active propagandists make Đồng Tâm one more commune with ten or more.
            Assert.Equal(60, Delta(after, before, new(Uids.DataElements["IND-03"].Numerator, period, Uids.OrgUnits[BinhLieu])));
            Assert.Equal(90, Delta(after, before, new(Uids.DataElements["IND-03"].Denominator, period, Uids.OrgUnits[BinhLieu])));
            Assert.Equal(1, Delta(after, before, new(Uids.DataElements["IND-05"].Numerator, period, Uids.OrgUnits[BinhLieu])));
            Assert.Equal(0, Delta(after, before, new(Uids.DataElements["IND-05"].Denominator, period, Uids.OrgUnits[BinhLieu])));
        }
    }

    [Fact]
    public async Task TheDhis2ExportIsAValueSetOfStringsWithTheMappingsDataSetAndDefaultCombos()
    {
        var analyst = await SeededAsync();

        using var response = await analyst.GetAsync($"{ApiCalls.Api}/exports/dhis2/dataValueSets?period=2014-Q2&orgUnit={Uids.OrgUnits[BinhLieu]}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Uids.DataSet, json.RootElement.GetProperty("dataSet").GetString());
        var values = json.RootElement.GetProperty("dataValues").EnumerateArray().ToList();
        Assert.NotEmpty(values);
        Assert.All(values, v =>
        {
            Assert.Equal(JsonValueKind.String, v.GetProperty("value").ValueKind);
            Assert.Equal((Quarter, Uids.OrgUnits[BinhLieu], Uids.CategoryOptionCombo, Uids.AttributeOptionCombo),
                (v.GetProperty("period").GetString(), v.GetProperty("orgUnit").GetString(),
                    v.GetProperty("categoryOptionCombo").GetString(), v.GetProperty("attributeOptionCombo").GetString()));
        });
        Assert.Empty(json.RootElement.GetProperty("conflicts").EnumerateArray());
    }

    [Fact]
    public async Task TheAdxExportIsValidAgainstItsSchemaAndCarriesTheSameCellsWithAdxPeriods()
    {
        var analyst = await SeededAsync();

        foreach (var (period, adxPeriod, dhis2Period) in new[] { (Quarter, "2014-04-01/P3M", Quarter), (Year, "2014-01-01/P1Y", Year) })
        {
            using var response = await analyst.GetAsync($"{ApiCalls.Api}/exports/adx?period={period}&level=district");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/adx+xml", response.Content.Headers.ContentType?.MediaType);
            var document = Validated(await response.Content.ReadAsStringAsync());

            var groups = document.Root!.Elements(Adx + "group").ToList();
            Assert.Equal(14, groups.Count);
            Assert.All(groups, g => Assert.Equal((adxPeriod, Uids.DataSet), ((string)g.Attribute("period")!, (string)g.Attribute("dataSet")!)));
            var cells = groups.SelectMany(g => g.Elements(Adx + "dataValue").Select(v =>
                    (Cell: new Cell((string)v.Attribute("dataElement")!, dhis2Period, (string)g.Attribute("orgUnit")!), Value: (long)v.Attribute("value")!)))
                .ToDictionary(c => c.Cell, c => c.Value);
            Assert.Equal(await ScorecardCellsAsync(analyst, period == Quarter ? "2014-Q2" : "2014", dhis2Period), cells);
        }
    }

    [Theory]
    [InlineData("period=2014Q1:2014Q4", "2014Q1,2014Q2,2014Q3,2014Q4")]
    [InlineData("period=2013S2:2014S1", "2013S2,2014S1")]
    [InlineData("period=2014-H1&period=2014q3&period=2013", "2014S1,2014Q3,2013")]
    public async Task ARangeOrSeveralPeriodsInEitherFormAreExportedInDhis2Form(string query, string periods)
    {
        var analyst = await SeededAsync();

        var cells = await Dhis2CellsAsync(analyst, $"{query}&orgUnit={BinhLieu}");

        Assert.Equal(periods.Split(',').Order(), cells.Keys.Select(c => c.Period).Distinct().Order());
    }

    [Fact]
    public async Task TheProvinceAndTheCommunesOfADistrictAreExportedAtTheirLevelWithTheirScorecardsFigures()
    {
        var analyst = await SeededAsync();

        var province = await Dhis2CellsAsync(analyst, $"period={Quarter}&level=province");
        var communes = await Dhis2CellsAsync(analyst, $"period={Quarter}&level=commune&orgUnit={BinhLieu}");

        var provinceCard = await analyst.ScorecardAsync("/provinces/22/scorecard?period=2014-Q2");
        Assert.Equal(Cells(provinceCard, "22", Quarter).ToDictionary(), province);
        var binhLieu = await analyst.ScorecardsAsync($"/districts/{BinhLieu}/communes/scorecards?period=2014-Q2");
        Assert.Equal(binhLieu.SelectMany(c => Cells(c, c.UnitCode, Quarter)).ToDictionary(), communes);
        Assert.Equal(60, communes[new(Uids.DataElements["IND-03"].Numerator, Quarter, Uids.OrgUnits[DongTam])]);
        Assert.Equal(90, communes[new(Uids.DataElements["IND-03"].Denominator, Quarter, Uids.OrgUnits[DongTam])]);
    }

    [Fact]
    public async Task AnAdxMessageThatBreaksTheSchemaIsRefusedByIt()
    {
        var analyst = await SeededAsync();
        using var response = await analyst.GetAsync($"{ApiCalls.Api}/exports/adx?period={Quarter}&orgUnit={BinhLieu}");
        var text = await response.Content.ReadAsStringAsync();

        // The schema is no formality: a quarter written as DHIS2 writes it is not an ADX period.
        Assert.Throws<XmlSchemaValidationException>(() => Validated(text.Replace("2014-04-01/P3M", Quarter, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("period=2014Q5", "invalidPeriod", "period", "2014Q5")]
    [InlineData("period=2014Q3:2014Q1", "invalidPeriod", "period", "2014Q3:2014Q1")]
    [InlineData("period=2011Q1:2016Q4", "tooManyPeriods", "period", "20")]
    [InlineData("period=2014&level=village", "invalidLevel", "level", "village")]
    public async Task ABadPeriodOrLevelIsRefusedIn400InBothLanguages(string query, string code, string field, string named)
    {
        var analyst = await fixture.ClientForAsync(Parties.Analyst);
        foreach (var path in new[] { "/exports/dhis2/dataValueSets", "/exports/adx" })
        {
            using var vietnamese = await analyst.GetAsync($"{ApiCalls.Api}{path}?{query}");
            var problem = await Refusal.AssertInVietnameseAsync(vietnamese, HttpStatusCode.BadRequest, code, field);
            Assert.Contains(named, problem.MessageVi);
            Assert.Contains(named, problem.MessageEn);

            using var request = new HttpRequestMessage(HttpMethod.Get, $"{ApiCalls.Api}{path}?{query}");
            request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
            using var english = await analyst.SendAsync(request);
            Assert.Equal(problem.MessageEn, (await Refusal.AssertAsync(english, HttpStatusCode.BadRequest, code, field)).Title);
        }
    }

    [Fact]
    public async Task AnUnknownOrgUnitIs404()
    {
        var analyst = await fixture.ClientForAsync(Parties.Analyst);
        using var response = await analyst.GetAsync($"{ApiCalls.Api}/exports/dhis2/dataValueSets?period=2014&orgUnit=ABCDEFGHIJK");
        await Refusal.AssertInVietnameseAsync(response, HttpStatusCode.NotFound, "unknownUnit", "orgUnit");
    }

    [Fact]
    public async Task AUnitOrIndicatorMissingFromTheMappingIsSkippedAndNamedAsAConflictNotAFailure()
    {
        await SeededAsync();
        var root = Directory.CreateTempSubdirectory("dhis2-mapping-");
        try
        {
            // The province's files, with Bình Liêu and IND-05 taken out of the mapping.
            var source = Path.Combine(DataFolder.Resolve(null), "provinces", "22");
            var folder = Directory.CreateDirectory(Path.Combine(root.FullName, "provinces", "22")).FullName;
            foreach (var file in Directory.GetFiles(source))
            {
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
            }

            var mapping = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "dhis2-mapping.json")))!;
            mapping["orgUnits"]!.AsObject().Remove(BinhLieu);
            mapping["dataElements"]!.AsObject().Remove("IND-05");
            File.WriteAllText(Path.Combine(folder, "dhis2-mapping.json"), mapping.ToJsonString());

            await using var site = fixture.InEnvironment("Development").WithWebHostBuilder(web => web.UseSetting("Data:Root", root.FullName));
            using var analyst = site.CreateClient(new() { BaseAddress = WebFixture.Site });
            analyst.DefaultRequestHeaders.Add(AntiTrafficking.GrainInterfaces.Accounts.ApiKeySecrets.Header, await fixture.KeyForAsync(Parties.Analyst));

            using var response = await analyst.GetAsync($"{ApiCalls.Api}/exports/dhis2/dataValueSets?period={Quarter}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            var conflicts = json.RootElement.GetProperty("conflicts").EnumerateArray()
                .Select(c => (c.GetProperty("object").GetString(), c.GetProperty("property").GetString(), c.GetProperty("messageEn").GetString())).ToList();
            Assert.Equal(
                [("198", "orgUnit", "Skipped Bình Liêu (198): the DHIS2 mapping has no UID for this unit."),
                    ("IND-05", "dataElement", "Skipped indicator IND-05: the DHIS2 mapping has no data elements for its numerator and denominator.")],
                conflicts);
            var values = json.RootElement.GetProperty("dataValues").EnumerateArray().ToList();
            Assert.Equal(13, values.Select(v => v.GetProperty("orgUnit").GetString()).Distinct().Count());
            Assert.DoesNotContain(values, v => v.GetProperty("orgUnit").GetString() == Uids.OrgUnits[BinhLieu]
                || v.GetProperty("dataElement").GetString() == Uids.DataElements["IND-05"].Numerator);

            using var adx = await analyst.GetAsync($"{ApiCalls.Api}/exports/adx?period={Quarter}");
            var document = Validated(await adx.Content.ReadAsStringAsync());
            Assert.Equal(13, document.Root!.Elements(Adx + "group").Count());
            Assert.Contains(document.Root.Nodes().OfType<XComment>(), c => c.Value.Contains("Skipped Bình Liêu (198)", StringComparison.Ordinal));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("/exports/dhis2/dataValueSets?period=2014")]
    [InlineData("/exports/adx?period=2014")]
    public async Task TheExportsAreNotForThePublic(string path)
    {
        using var response = await fixture.AnonymousClient().GetAsync(ApiCalls.Api + path);
        await Refusal.AssertAsync(response, HttpStatusCode.Unauthorized, "unauthenticated", "");
    }

    private async Task<HttpClient> SeededAsync()
    {
        var analyst = await fixture.ClientForAsync(Parties.Analyst);
        await (_seeding ??= SeedAsync(analyst));
        return analyst;
    }

    private async Task SeedAsync(HttpClient analyst)
    {
        _before = (await Dhis2CellsAsync(analyst, $"period={Quarter}&level=district"), await Dhis2CellsAsync(analyst, $"period={Year}&level=district"));
        await _writer.AcceptAsync($"/communes/{DongTam}/surveys", new RecordSurvey(Key(), Officer, "KS-DHIS2", D(2014, 5, 10), 90, 60));
        for (var i = 1; i <= 10; i++)
        {
            await _writer.AcceptAsync($"/communes/{DongTam}/propagandists", new RegisterPerson(Key(), DistrictOfficer(BinhLieu), $"TTV-DHIS2-{i}", D(2014, 4, 2)));
        }
    }

    /// <summary>Every numerator and denominator of the 14 district scorecards with data, as DHIS2 cells.</summary>
    private static async Task<Dictionary<Cell, long>> ScorecardCellsAsync(HttpClient client, string period, string dhis2Period)
    {
        var cells = new Dictionary<Cell, long>();
        foreach (var district in AdminUnits.QuangNinhDistricts().Keys)
        {
            var card = await client.ScorecardAsync($"/districts/{district}/scorecard?period={period}");
            foreach (var (cell, value) in Cells(card, district, dhis2Period))
            {
                cells.Add(cell, value);
            }
        }

        return cells;
    }

    /// <summary>A scorecard's numerators and denominators of the indicators with data, under the mapping's UIDs.</summary>
    private static IEnumerable<KeyValuePair<Cell, long>> Cells(ScorecardView card, string unit, string dhis2Period) =>
        card.Indicators.Where(i => i.Denominator > 0).SelectMany(i => new[]
        {
            KeyValuePair.Create(new Cell(Uids.DataElements[i.Code].Numerator, dhis2Period, Uids.OrgUnits[unit]), i.Numerator),
            KeyValuePair.Create(new Cell(Uids.DataElements[i.Code].Denominator, dhis2Period, Uids.OrgUnits[unit]), i.Denominator),
        });

    private static async Task<Dictionary<Cell, long>> Dhis2CellsAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync($"{ApiCalls.Api}/exports/dhis2/dataValueSets?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var set = await response.Content.ReadFromJsonAsync<ValueSet>(TestJson.Options);
        return set!.DataValues.ToDictionary(v => new Cell(v.DataElement, v.Period, v.OrgUnit), v => long.Parse(v.Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    private static long Delta(Dictionary<Cell, long> after, Dictionary<Cell, long> before, Cell cell) =>
        after.GetValueOrDefault(cell) - before.GetValueOrDefault(cell);

    private static XDocument Validated(string xml)
    {
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        using (var schema = typeof(AdxDocument).Assembly.GetManifestResourceStream("adx.xsd")!)
        {
            settings.Schemas.Add(AdxDocument.Namespace, XmlReader.Create(schema));
        }

        settings.ValidationEventHandler += (_, e) => throw e.Exception;
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        return XDocument.Load(reader);
    }

    private static Mapping ReadMapping() =>
        JsonSerializer.Deserialize<Mapping>(
            File.ReadAllText(Path.Combine(DataFolder.Resolve(null), "provinces", "22", "dhis2-mapping.json")), TestJson.Options)!;

    private sealed record Cell(string DataElement, string Period, string OrgUnit);

    private sealed record ValueSet(List<DataValue> DataValues);

    private sealed record DataValue(string DataElement, string Period, string OrgUnit, string Value);

    private sealed record Mapping(string DataSet, string CategoryOptionCombo, string AttributeOptionCombo,
        Dictionary<string, string> OrgUnits, Dictionary<string, Elements> DataElements);

    private sealed record Elements(string Numerator, string Denominator);
}
