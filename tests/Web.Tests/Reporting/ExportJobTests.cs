using System.Net;
using System.Net.Http.Json;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Communication;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Web.Tests.Infrastructure;
using AntiTrafficking.WebFrontend.Api;
using AntiTrafficking.WebFrontend.Reference;
using AntiTrafficking.WebFrontend.Reporting;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace AntiTrafficking.Web.Tests.Reporting;

/// <summary>
/// Exports as jobs: started with a POST, followed to the end, and the file downloaded holds what the direct export
/// holds; the progress counts the rows the writers really write; unknown jobs and bad requests are refused in both
/// languages. The period 2014 is open here (the calendar is in 2026 and nothing closes it), so its live figures are
/// exported; 2014, because other tests of the collection check the province's 2013 figures exactly.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ExportJobTests(WebFixture fixture)
{
    private const string Period2014 = ReportingApi.Root + "/periods/2014";
    private readonly HttpClient _client = fixture.CreateClient();

    [Fact]
    public async Task AnXlsxJobReachesDoneAndItsFileHoldsTheNumbersOfTheDirectExport()
    {
        static long Respondents(ScorecardView card) => card.Outputs.Single(o => o.Code == "OUT-05" && o.Key is null).Value;
        var before = Respondents(await _client.ScorecardAsync("/provinces/22/scorecard?period=2014"));
        await _client.AcceptAsync("/communes/07042/surveys", new RecordSurvey(Commands.Key(), Commands.InformationDepartment, "KS-EXPORT-JOB", Commands.D(2014, 6, 3), 80, 52));
        var province = await Eventually.ReturnsAsync(() => _client.ScorecardAsync("/provinces/22/scorecard?period=2014"),
            c => Respondents(c) == before + 80, "the province to count the survey", TimeSpan.FromSeconds(10));

        var done = await RunJobAsync("xlsx");
        var fromJob = await DownloadAsync(done.FileUrl!, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "bao-cao-22-2014.xlsx");
        var direct = await _client.DownloadAsync($"{Period2014}/export.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        using var jobStream = new MemoryStream(fromJob);
        using var directStream = new MemoryStream(direct);
        string[] sheets = [ReportWorkbook.Indicators, ReportWorkbook.Districts, ReportWorkbook.Outputs, ReportWorkbook.ThreeSector, ReportWorkbook.Submissions];
        Assert.Equal(sheets, MiniExcel.GetSheetNames(jobStream));
        foreach (var sheet in sheets)
        {
            Assert.Equal(Rows(directStream, sheet), Rows(jobStream, sheet));
        }

        var ind03 = Sheet(jobStream, ReportWorkbook.Indicators).Single(r => (string)r["Mã"]! == "IND-03");
        var expected = province.Indicators.Single(i => i.Code == "IND-03");
        Assert.Equal((expected.Numerator, expected.Denominator), (Convert.ToInt64(ind03["Tử số"]), Convert.ToInt64(ind03["Mẫu số"])));
        Assert.Equal(14, Sheet(jobStream, ReportWorkbook.Districts).Count);
    }

    [Fact]
    public async Task ACsvJobsFileIsTheDirectExportByteForByte()
    {
        var done = await RunJobAsync("csv");

        var fromJob = await DownloadAsync(done.FileUrl!, "text/csv", "bao-cao-22-2014.csv");

        Assert.Equal(await _client.DownloadAsync($"{Period2014}/scorecards.csv", "text/csv"), fromJob);
        Assert.StartsWith(ScorecardCsv.Header, System.Text.Encoding.UTF8.GetString(fromJob).TrimStart('\uFEFF'));
    }

    [Fact]
    public async Task TheProgressCountsEveryStepAndEveryRowTheWritersWrite()
    {
        var grains = fixture.SiloServices.GetRequiredService<IGrainFactory>();
        var stages = new List<ExportStage>();

        var data = await ReportData.LoadAsync(grains, "22", "2014", stages.Add);
        var rows = new List<(int Done, int Total)>();
        var workbook = ReportWorkbook.Build(data, fixture.Services.GetRequiredService<ProgramFiles>(), DateTimeOffset.UtcNow, (done, total) => rows.Add((done, total)));
        var cards = new List<(int Done, int Total)>();
        ScorecardCsv.Build(data, (done, total) => cards.Add((done, total)));

        Assert.Equal([ExportStage.ReadingReport, ExportStage.ReadingThreeSector], stages);
        using var stream = new MemoryStream(workbook);
        var written = MiniExcel.GetSheetNames(stream).Sum(s => Sheet(stream, s).Count);
        Assert.Equal(Enumerable.Range(1, written).Select(i => (i, written)), rows);
        Assert.Equal(Enumerable.Range(1, 15).Select(i => (i, 15)), cards);
    }

    [Fact]
    public async Task AnUnknownJobIsNotFoundInVietnameseOrEnglishAndBadRequestsAreRefused()
    {
        using var status = await _client.GetAsync(ApiCalls.Api + Period2014 + "/exports/0123456789abcdef");
        using var file = await _client.GetAsync(ApiCalls.Api + Period2014 + "/exports/0123456789abcdef/file");
        using var english = new HttpRequestMessage(HttpMethod.Get, ApiCalls.Api + Period2014 + "/exports/0123456789abcdef");
        english.Headers.AcceptLanguage.ParseAdd("en-GB");
        using var inEnglish = await _client.SendAsync(english);

        var problem = await Refusal.AssertInVietnameseAsync(status, HttpStatusCode.NotFound, "unknownExport", "id");
        Assert.Contains("0123456789abcdef", problem.MessageVi);
        await Refusal.AssertAsync(file, HttpStatusCode.NotFound, "unknownExport", "id");
        Assert.Equal(problem.MessageEn, (await Refusal.AssertAsync(inEnglish, HttpStatusCode.NotFound, "unknownExport", "id")).Title);

        await Refusal.AssertAsync(await _client.PostAsJsonAsync(ApiCalls.Api + Period2014 + "/exports", new { format = "pdf" }), HttpStatusCode.BadRequest, "invalidFormat", "format");
        await Refusal.AssertAsync(await _client.PostAsJsonAsync(ApiCalls.Api + ReportingApi.Root + "/periods/2013-Q7/exports", new { format = "xlsx" }),
            HttpStatusCode.BadRequest, "invalidPeriod", "period");
        await Refusal.AssertAsync(await _client.PostAsJsonAsync(ApiCalls.Api + Period2014 + "/exports", new { format = "csv", extra = 1 }),
            HttpStatusCode.BadRequest, "malformedJson", "extra");

        // A job of another period is not found under this one.
        var done = await RunJobAsync("csv");
        await Refusal.AssertAsync(await _client.GetAsync(ApiCalls.Api + ReportingApi.Root + $"/periods/2013/exports/{done.Id}"), HttpStatusCode.NotFound, "unknownExport", "id");
    }

    [Fact]
    public async Task AJobForAPeriodOutsideTheProgramFailsWithTheReasonInBothLanguages()
    {
        using var started = await _client.PostAsJsonAsync(ApiCalls.Api + ReportingApi.Root + "/periods/2016-Q1/exports", new { format = "xlsx" });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var job = (await started.Content.ReadFromJsonAsync<ExportStatus>(TestJson.Options))!;

        var failed = await Eventually.ReturnsAsync(() => StatusAsync(job.StatusUrl), s => s.Stage is ExportStage.Failed or ExportStage.Done,
            "the job to finish", TimeSpan.FromSeconds(20));

        Assert.Equal(ExportStage.Failed, failed.Stage);
        Assert.Null(failed.FileUrl);
        Assert.Equal("unknownUnit", failed.Error!.Code);
        Assert.Contains("2016-Q1", failed.Error.MessageVi);
        Assert.Contains("2016-Q1", failed.Error.MessageEn);
        await Refusal.AssertAsync(await _client.GetAsync(job.StatusUrl + "/file"), HttpStatusCode.Conflict, "exportNotReady", "id");
    }

    private async Task<ExportStatus> RunJobAsync(string format)
    {
        using var started = await _client.PostAsJsonAsync(ApiCalls.Api + Period2014 + "/exports", new { format });
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var job = (await started.Content.ReadFromJsonAsync<ExportStatus>(TestJson.Options))!;
        Assert.Equal($"/api/v1/provinces/22/reporting/periods/2014/exports/{job.Id}", job.StatusUrl);
        Assert.Equal(job.StatusUrl, started.Headers.Location?.OriginalString);
        Assert.Equal((ExportStage.Queued, 0, "Đang chờ bắt đầu…"), (job.Stage, job.Percent, job.StageVi));
        Assert.Null(job.FileUrl);

        var done = await Eventually.ReturnsAsync(() => StatusAsync(job.StatusUrl), s => s.Stage is ExportStage.Done or ExportStage.Failed,
            $"the {format} job to finish", TimeSpan.FromSeconds(20));
        Assert.Equal(ExportStage.Done, done.Stage);
        Assert.Equal((100, "Đã tạo xong tệp.", "The file is ready."), (done.Percent, done.StageVi, done.StageEn));
        Assert.Equal(job.StatusUrl + "/file", done.FileUrl);
        // The page's script reads the stage as the API writes it.
        Assert.Contains("\"stage\":\"done\"", await _client.GetStringAsync(job.StatusUrl));
        return done;
    }

    private async Task<ExportStatus> StatusAsync(string url)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ExportStatus>(TestJson.Options))!;
    }

    private async Task<byte[]> DownloadAsync(string url, string mediaType, string fileName)
    {
        using var response = await _client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private static List<string> Rows(Stream stream, string sheet) =>
        [.. Sheet(stream, sheet).Select(r => string.Join(" | ", r.Select(c => $"{c.Key}={c.Value}")))];

    private static List<IDictionary<string, object?>> Sheet(Stream stream, string name)
    {
        stream.Position = 0;
        return [.. stream.Query(useHeaderRow: true, sheetName: name, excelType: ExcelType.XLSX, startCell: ReportWorkbook.HeaderCell).Cast<IDictionary<string, object?>>()];
    }
}
