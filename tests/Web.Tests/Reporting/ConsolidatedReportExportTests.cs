using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using System.Xml.Linq;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Indicators;
using AntiTrafficking.Web.Tests.Infrastructure;
using AntiTrafficking.WebFrontend.Reporting;
using MiniExcelLibs;

namespace AntiTrafficking.Web.Tests.Reporting;

/// <summary>
/// The standing office's quarter through the API and the pages: reports arrive, the quarter closes by the reminder,
/// is approved, and the XLSX, CSV and printable report hold the scorecards at close — read back here.
/// </summary>
[Collection(ReportingWebCollection.Name)]
public sealed class ConsolidatedReportExportTests(ReportingWebFixture fixture)
{
    private const string Q1 = ReportingApi.Root + "/periods/2013-Q1";
    private static readonly Dictionary<string, string> FirstHeadings = new()
    {
        [ReportWorkbook.Indicators] = "Mã", [ReportWorkbook.Districts] = "Mã", [ReportWorkbook.Outputs] = "Đề án",
        [ReportWorkbook.ThreeSector] = "Chỉ số", [ReportWorkbook.Submissions] = "Loại",
    };

    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task AClosedAndApprovedQuarterExportsExactlyTheScorecardsAtClose()
    {
        // Activity of the quarter, then the reports: two on time, the rest missing.
        await _client.AcceptAsync("/communes/06649/surveys", new RecordSurvey(Commands.Key(), Commands.Officer, "KS-W1", Commands.D(2013, 2, 15), 100, 70));
        await _client.AcceptAsync("/programs/QN-3087-2011-2015/legal-documents", new RegisterLegalDocument(Commands.Key(), Commands.InformationDepartment, "TL-W1/2012", "Văn bản thử nghiệm", Commands.D(2012, 1, 5)));
        await _client.AcceptAsync("/communes/06649/deliveries", new RecordDelivery(Commands.Key(), Commands.InformationDepartment, "TL-W1/2012", MaterialKinds.Leaflet, 200, Commands.D(2013, 2, 20)));
        for (var i = 1; i <= 10; i++)
        {
            await _client.AcceptAsync("/communes/07192/propagandists", new RegisterPerson(Commands.Key(), Commands.DistrictOfficer("207"), $"TTV-W{i}", Commands.D(2013, 1, 10)));
        }

        await Refusal.AssertAsync(await _client.SubmitAsync("2013-Q1", ReportingApi.Report("TTTT", ReportingApi.Agency("TTTT"))),
            HttpStatusCode.BadRequest, "periodNotEnded", "period");
        ReportingWebFixture.SetToday(new(2013, 4, 5));
        await _client.AcceptAsync($"{Q1}/reports", ReportingApi.Report("TTTT", ReportingApi.Agency("TTTT"), figures: new ReportFigure("OUT-03", 40)));
        await _client.AcceptAsync($"{Q1}/reports", ReportingApi.Report("193", ReportingApi.DistrictOfficer("193")));

        // The quarter closes on 15 April by the reminder; nothing changed since, so the snapshot is the live scorecards.
        ReportingWebFixture.SetToday(new(2013, 4, 15));
        await Eventually.ReturnsAsync(() => _client.GetAsync<PeriodStatus>(Q1), s => s.ClosedOn is not null, "2013-Q1 to close", TimeSpan.FromSeconds(20));
        var snapshot = await _client.GetAsync<PeriodSnapshot>($"{Q1}/snapshot");
        AssertSameIndicators(await _client.ScorecardAsync("/provinces/22/scorecard?period=2013-Q1"), snapshot.Province);
        Assert.Equal((70L, 100L), Figures(snapshot.Province, "IND-03"));

        // A back-dated survey arrives after the close; the standing office approves.
        await _client.AcceptAsync("/communes/06652/surveys", new RecordSurvey(Commands.Key(), Commands.Officer, "KS-W2", Commands.D(2013, 3, 5), 50, 10));
        await Eventually.ReturnsAsync(() => _client.ScorecardAsync("/provinces/22/scorecard?period=2013-Q1"), c => Figures(c, "IND-03") == (80, 150),
            "the province to count the back-dated survey", TimeSpan.FromSeconds(5));
        await _client.AcceptAsync($"{Q1}/approval", ReportingApi.Approval(ReportingApi.StandingOffice));
        await Refusal.AssertAsync(await _client.ApproveAsync("2013-Q1", ReportingApi.Approval(ReportingApi.StandingOffice)),
            HttpStatusCode.Conflict, "alreadyApproved", "period");
        await Refusal.AssertAsync(await _client.SubmitAsync("2013-Q1", ReportingApi.Report("194", ReportingApi.DistrictOfficer("194"))),
            HttpStatusCode.Conflict, "periodLocked", "reason");
        Assert.Equal(snapshot.Province.Indicators.AsEnumerable(), (await _client.GetAsync<PeriodSnapshot>($"{Q1}/snapshot")).Province.Indicators.AsEnumerable());

        await AssertWorkbookAsync(snapshot);
        await AssertCsvAsync(snapshot);
        await AssertPrintableAsync();
        await AssertPageAsync();
    }

    private async Task AssertWorkbookAsync(PeriodSnapshot snapshot)
    {
        var bytes = await _client.DownloadAsync($"{Q1}/export.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        using var stream = new MemoryStream(bytes);
        Assert.Equal(
            [ReportWorkbook.Indicators, ReportWorkbook.Districts, ReportWorkbook.Outputs, ReportWorkbook.ThreeSector, ReportWorkbook.Submissions],
            MiniExcel.GetSheetNames(stream));

        // Every sheet opens with its title block, the headings frozen below it, and columns as wide as their content.
        var before = DateTimeOffset.UtcNow;
        foreach (var name in MiniExcel.GetSheetNames(stream))
        {
            stream.Position = 0;
            var top = stream.Query(sheetName: name, excelType: ExcelType.XLSX).Cast<IDictionary<string, object?>>().Take(ReportWorkbook.HeaderRow).Select(r => r["A"]?.ToString()).ToList();
            Assert.Equal("BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH PHÒNG, CHỐNG TỘI PHẠM MUA BÁN NGƯỜI", top[0]);
            Assert.Equal("Đơn vị: Tỉnh Quảng Ninh", top[1]);
            Assert.Equal("Kỳ báo cáo: Quý I/2013 (số liệu chốt ngày 15/04/2013)", top[2]);
            var made = DateTime.ParseExact(top[3]!["Lập lúc: ".Length..^" (giờ Việt Nam)".Length], "dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
            Assert.InRange(made, before.ToOffset(TimeSpan.FromHours(7)).DateTime.AddMinutes(-1), before.ToOffset(TimeSpan.FromHours(7)).DateTime.AddSeconds(1));
            Assert.Null(top[4]);
            Assert.Equal(FirstHeadings[name], top[5]);
        }

        using (var zip = new ZipArchive(new MemoryStream(bytes)))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)))
            {
                using var reader = entry.Open();
                var sheet = XDocument.Load(reader);
                var pane = sheet.Descendants().Single(e => e.Name.LocalName == "pane");
                Assert.Equal(("6", "frozen"), (pane.Attribute("ySplit")?.Value, pane.Attribute("state")?.Value));
                var widths = sheet.Descendants().Where(e => e.Name.LocalName == "col").Select(c => double.Parse(c.Attribute("width")!.Value, CultureInfo.InvariantCulture)).ToList();
                Assert.NotEmpty(widths);
                Assert.All(widths, w => Assert.InRange(w, 8, 61));
                Assert.True(widths.Distinct().Count() > 1, $"{entry.FullName}: every column has the same width");
            }
        }

        var indicators = Sheet(stream, ReportWorkbook.Indicators);
        Assert.Equal(snapshot.Province.Indicators.Length, indicators.Count);
        foreach (var (row, expected) in indicators.Zip(snapshot.Province.Indicators))
        {
            Assert.Equal(expected.Code, row["Mã"]);
            Assert.Equal((expected.Numerator, expected.Denominator), (Long(row["Tử số"]), Long(row["Mẫu số"])));
            Assert.Equal(expected.Value, Decimal(row["Giá trị (%)"]));
            Assert.Equal(expected.Target, Decimal(row["Kế hoạch (%)"]));
        }

        var ind03 = indicators.Single(r => (string)r["Mã"]! == "IND-03");
        Assert.Equal((70L, 100L, 80L, 150L), (Long(ind03["Tử số"]), Long(ind03["Mẫu số"]), Long(ind03["Tử số hiện tại"]), Long(ind03["Mẫu số hiện tại"])));

        var districts = Sheet(stream, ReportWorkbook.Districts);
        Assert.Equal(snapshot.Districts.Select(d => d.UnitCode), districts.Select(r => r["Mã"]?.ToString()));
        foreach (var (row, district) in districts.Zip(snapshot.Districts))
        {
            foreach (var indicator in district.Indicators)
            {
                Assert.Equal(indicator.Value, Decimal(row[indicator.Code]));
            }
        }

        var outputs = Sheet(stream, ReportWorkbook.Outputs);
        var respondents = outputs.Single(r => (string)r["Mã"]! == "OUT-05");
        Assert.Equal((100L, 150L), (Long(respondents["Số liệu chốt"]), Long(respondents["Số liệu hiện tại"])));
        Assert.Equal([1L, 2L, 3L], outputs.Select(r => Long(r["Đề án"])).Distinct());
        // A breakdown's key is written in words, as in the report's language: the leaflets delivered.
        var leaflets = outputs.Single(r => (string)r["Mã"]! == "OUT-04");
        Assert.Equal(("Tờ gấp", 200L), ((string?)leaflets["Phân loại"], Long(leaflets["Số liệu chốt"])));

        Assert.Equal(snapshot.ThreeSector.Rows.Length, Sheet(stream, ReportWorkbook.ThreeSector).Count);

        var submissions = Sheet(stream, ReportWorkbook.Submissions);
        Assert.Equal(27, submissions.Count);
        Assert.Equal("Đúng hạn", submissions.Single(r => (string)r["Mã"]! == "TTTT")["Tình trạng"]);
        Assert.Equal(25, submissions.Count(r => (string)r["Tình trạng"]! == "Quá hạn, chưa nộp"));
        // Each reporter's kind as the reference data gives it.
        Assert.Equal(["Cơ quan", "Thành phố", "Thị xã", "Huyện"], new[] { "TTTT", "193", "206", "198" }.Select(c => (string?)submissions.Single(r => (string)r["Mã"]! == c)["Loại"]));
    }

    private async Task AssertCsvAsync(PeriodSnapshot snapshot)
    {
        var bytes = await _client.DownloadAsync($"{Q1}/scorecards.csv", "text/csv");
        var lines = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(ScorecardCsv.Header, lines[0]);
        var cards = new[] { snapshot.Province }.Concat(snapshot.Districts).Concat(snapshot.Communes).ToList();
        Assert.Equal(201, cards.Count);
        var expected = cards.SelectMany(c => c.Indicators.Select(i => (c.UnitCode, i))).ToList();
        Assert.Equal(expected.Count, lines.Length - 1);
        foreach (var (line, (unit, indicator)) in lines.Skip(1).Zip(expected))
        {
            var fields = line.Split(',');
            Assert.Equal(("2013-Q1", "atClose", unit, indicator.Code), (fields[0], fields[1], fields[3], fields[5]));
            Assert.Equal((indicator.Numerator, indicator.Denominator), (long.Parse(fields[6], CultureInfo.InvariantCulture), long.Parse(fields[7], CultureInfo.InvariantCulture)));
            Assert.Equal(indicator.Value, fields[8] == "" ? null : decimal.Parse(fields[8], CultureInfo.InvariantCulture));
        }
    }

    private async Task AssertPrintableAsync()
    {
        using var response = await (await fixture.SignedInClientAsync(Parties.Analyst)).GetAsync("/bao-cao/in/2013-Q1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        var title = html[html.IndexOf("id=\"title-block\"", StringComparison.Ordinal)..];
        title = title[..title.IndexOf("<table class=\"letterhead\">", StringComparison.Ordinal)];
        Assert.Contains("<div>Đơn vị: Tỉnh Quảng Ninh</div>", title);
        Assert.Contains("<div>Kỳ báo cáo: Quý I/2013 (số liệu chốt ngày 15/04/2013)</div>", title);
        Assert.Matches("<div>Lập lúc: [0-3][0-9]/[01][0-9]/20[0-9]{2} [0-2][0-9]:[0-5][0-9]:[0-5][0-9] \\(giờ Việt Nam\\)</div>", title);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", html);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", html);
        Assert.Contains("BAN CHỈ ĐẠO 138", html);
        Assert.Contains("Số: ........../BC-BCĐ138", html);
        Assert.Contains("Quảng Ninh, ngày 15 tháng 04 năm 2013", html);
        Assert.Contains("Kết quả thực hiện Kế hoạch 3087/QĐ-UBND về phòng, chống tội phạm mua bán người Quý I/2013", html);
        Assert.Contains("Nơi nhận:", html);
        Assert.Contains("đã nhận 2 (7,4%), trong đó đúng hạn 2 (7,4%)", html);
        var ind03 = html[html.IndexOf("data-indicator=\"IND-03\"", StringComparison.Ordinal)..];
        ind03 = ind03[..ind03.IndexOf("</tr>", StringComparison.Ordinal)];
        Assert.Contains(">70<", ind03);
        Assert.Contains(">100<", ind03);
        Assert.Contains(">70,0<", ind03);
        Assert.Contains(">53,3<", ind03);
        Assert.Contains("report-print.css", html);
        Assert.Contains(" (Tờ gấp)</td>", html);
        Assert.DoesNotContain("(leaflet)", html);
        Assert.DoesNotContain("<script", html);
    }

    private async Task AssertPageAsync()
    {
        using var response = await (await fixture.SignedInClientAsync(Parties.Analyst)).GetAsync("/bao-cao?period=2013-Q1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("2/27 (7,4%)", html);
        var overdue = html[html.IndexOf("<ul id=\"overdue\">", StringComparison.Ordinal)..];
        overdue = overdue[..overdue.IndexOf("</ul>", StringComparison.Ordinal)];
        Assert.Equal(25, overdue.Split("<li ").Length - 1);
        Assert.DoesNotContain("data-reporter=\"TTTT\"", overdue);
        Assert.Contains("<li data-reporter=\"206\">Thị xã Quảng Yên</li>", overdue);
        Assert.Contains("<li data-reporter=\"194\">Thành phố Móng Cái</li>", overdue);
        Assert.Contains("<li data-reporter=\"198\">Huyện Bình Liêu</li>", overdue);
        Assert.Contains("href=\"/api/v1/provinces/22/reporting/periods/2013-Q1/export.xlsx\"", html);
        Assert.Contains("href=\"/bao-cao/in/2013-Q1\"", html);
    }

    private static List<IDictionary<string, object?>> Sheet(Stream stream, string name)
    {
        stream.Position = 0;
        return [.. stream.Query(useHeaderRow: true, sheetName: name, excelType: ExcelType.XLSX, startCell: ReportWorkbook.HeaderCell).Cast<IDictionary<string, object?>>()];
    }

    private static long Long(object? cell) => Convert.ToInt64(cell, CultureInfo.InvariantCulture);

    private static decimal? Decimal(object? cell) => cell is null or "" ? null : Math.Round(Convert.ToDecimal(cell, CultureInfo.InvariantCulture), 1);

    private static (long, long) Figures(ScorecardView card, string code) =>
        card.Indicators.Single(i => i.Code == code) is var i ? (i.Numerator, i.Denominator) : default;

    private static void AssertSameIndicators(ScorecardView expected, ScorecardView actual) =>
        Assert.Equal(expected.Indicators.AsEnumerable(), actual.Indicators.AsEnumerable());
}
