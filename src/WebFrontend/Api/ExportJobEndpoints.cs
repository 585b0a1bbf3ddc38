using System.Text.Json;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.Indicators;
using AntiTrafficking.WebFrontend.Hardening;
using AntiTrafficking.WebFrontend.Reference;
using AntiTrafficking.WebFrontend.Reporting;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>
/// Exports as background jobs, for files that take more than a moment: POST …/periods/{period}/exports starts one
/// (202 with its status address), GET …/exports/{id} tells its stage and percent, then the file's address, and
/// GET …/exports/{id}/file downloads it. The direct GET exports stay as they are.
/// </summary>
public static class ExportJobEndpoints
{
    private const string StatusRoute = "exportJobStatus";
    private const string FileRoute = "exportJobFile";

    /// <summary>Maps the export job endpoints under a period's path.</summary>
    public static RouteGroupBuilder MapExportJobs(this RouteGroupBuilder api, string periodPath, string tag)
    {
        api.MapPost(periodPath + "/exports", StartAsync)
            .Accepts<ExportRequest>("application/json")
            .Produces<ExportStatus>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithSummary("Bắt đầu tạo tệp xuất (xlsx, csv) / Start an export job (xlsx, csv)").WithTags(tag);
        api.MapGet(periodPath + "/exports/{id}", Status)
            .WithName(StatusRoute)
            .Produces<ExportStatus>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Tiến độ tạo tệp xuất / An export job's stage and percent").WithTags(tag);
        api.MapGet(periodPath + "/exports/{id}/file", File)
            .WithName(FileRoute)
            .Produces(StatusCodes.Status200OK, contentType: "application/octet-stream")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Tải tệp xuất đã tạo / Download an export job's file").WithTags(tag);
        return api;
    }

    private static async Task<IResult> StartAsync(
        HttpContext context, IGrainFactory grains, ProgramFiles files, TimeProvider time, ExportJobs jobs, LinkGenerator links, ILogger<ExportJob> logger, string code, string period)
    {
        var request = context.Request;
        ExportRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<ExportRequest>(request.Body, ApiJson.Commands, context.RequestAborted)
                ?? throw new JsonException("The body is null.");
        }
        catch (JsonException ex)
        {
            return Problems.MalformedJson(request, ex);
        }

        ExportFormat? format = body.Format.ToLowerInvariant() switch { "xlsx" => ExportFormat.Xlsx, "csv" => ExportFormat.Csv, _ => null };
        if (format is null)
        {
            return Problems.Create(request, StatusCodes.Status400BadRequest, "invalidFormat", "format",
                $"Định dạng '{body.Format}' không được hỗ trợ: chọn xlsx hoặc csv.", $"The format '{body.Format}' is not supported: choose xlsx or csv.");
        }

        if (!Period.TryParse(period, out var parsed))
        {
            return Problems.InvalidPeriod(request, period);
        }

        if (jobs.TryAdd(code, parsed.ToString(), format.Value) is not { } job)
        {
            context.Response.Headers.RetryAfter = "30";
            return Problems.Create(request, StatusCodes.Status503ServiceUnavailable, "tooManyExports", "",
                "Đang có quá nhiều tệp được tạo; hãy thử lại sau ít phút.", "Too many exports are being made; try again in a few minutes.");
        }

        // Described before it starts: the answer says "queued", then the status address tells the rest.
        var status = Describe(context, links, job);
        _ = Task.Run(() => RunAsync(grains, files, time, job, logger));
        return Results.Accepted(status.StatusUrl, status);
    }

    private static IResult Status(HttpContext context, ExportJobs jobs, LinkGenerator links, string code, string period, string id) =>
        Find(jobs, code, period, id) is { } job ? Results.Ok(Describe(context, links, job)) : UnknownJob(context.Request, id);

    private static IResult File(HttpContext context, ExportJobs jobs, string code, string period, string id)
    {
        if (Find(jobs, code, period, id) is not { } job)
        {
            return UnknownJob(context.Request, id);
        }

        return job.Progress.File is { } file
            ? Results.File(file, job.ContentType, job.FileName)
            : Problems.Create(context.Request, StatusCodes.Status409Conflict, "exportNotReady", "id",
                "Tệp chưa tạo xong; hãy xem tiến độ rồi tải lại.", "The file is not ready; follow the job's status, then download it.");
    }

    /// <summary>Reads the period and writes the file, telling the job each step as it starts and each row as it is written.</summary>
    private static async Task RunAsync(IGrainFactory grains, ProgramFiles files, TimeProvider time, ExportJob job, ILogger logger)
    {
        try
        {
            var data = await ReportData.LoadAsync(grains, job.Province, job.Period, stage => job.Report(stage, stage == ExportStage.ReadingReport ? 5 : 40));
            job.Report(ExportStage.WritingFile, 50);
            void Written(int done, int total) => job.Report(ExportStage.WritingFile, 50 + (50 * done / total));
            job.Complete(job.Format == ExportFormat.Xlsx ? ReportWorkbook.Build(data, files, time.GetUtcNow(), Written) : ScorecardCsv.Build(data, Written));
        }
        catch (UnknownUnitException)
        {
            job.Fail(new ExportError("unknownUnit",
                $"Kỳ '{job.Period}' không thuộc chế độ báo cáo của tỉnh {job.Province}.", $"'{job.Period}' is not a reporting period of province {job.Province}."));
        }
        catch (Exception ex) when (Unavailability.IsUnavailable(ex))
        {
            job.Fail(new ExportError("unavailable", "Hệ thống tạm thời không phản hồi; hãy tạo lại tệp.", "The system is not responding; start the export again."));
        }
        catch (Exception ex)
        {
            // A fault of the writer: said to the user, logged in full for the operator (an export holds no personal data).
            logger.LogError(ex, "Export job {Job} of {Province} {Period} ({Format}) failed", job.Id, job.Province, job.Period, job.Format);
            job.Fail(new ExportError("exportFailed", "Không tạo được tệp; hãy thử lại.", "The file could not be made; try again."));
        }
    }

    private static ExportJob? Find(ExportJobs jobs, string code, string period, string id) =>
        jobs.Find(id) is { } job && job.Province == code && Period.TryParse(period, out var parsed) && job.Period == parsed.ToString() ? job : null;

    private static IResult UnknownJob(HttpRequest request, string id) =>
        Problems.Create(request, StatusCodes.Status404NotFound, "unknownExport", "id",
            $"Không có lượt tạo tệp '{id}' (có thể đã hết hạn lưu); hãy tạo lại.", $"There is no export job '{id}' (it may have expired); start a new one.");

    private static ExportStatus Describe(HttpContext context, LinkGenerator links, ExportJob job)
    {
        var route = new { code = job.Province, period = job.Period, id = job.Id };
        var progress = job.Progress;
        var (vi, en) = progress.Stage switch
        {
            ExportStage.Queued => ("Đang chờ bắt đầu…", "Waiting to start…"),
            ExportStage.ReadingReport => ("Đang đọc báo cáo tổng hợp…", "Reading the consolidated report…"),
            ExportStage.ReadingThreeSector => ("Đang đọc thống kê liên ngành…", "Reading the three-sector statistics…"),
            ExportStage.WritingFile => ("Đang ghi tệp…", "Writing the file…"),
            ExportStage.Done => ("Đã tạo xong tệp.", "The file is ready."),
            _ => ("Không tạo được tệp.", "The file could not be made."),
        };
        return new ExportStatus(
            job.Id, job.Period, job.Format, progress.Stage, vi, en, progress.Percent,
            links.GetPathByName(context, StatusRoute, route)!,
            progress.Stage == ExportStage.Done ? links.GetPathByName(context, FileRoute, route) : null,
            progress.Error);
    }
}

/// <summary>The body of a request to start an export job.</summary>
/// <param name="Format">"xlsx" (the consolidated report) or "csv" (every scorecard).</param>
public sealed record ExportRequest(string Format);

/// <summary>An export job as the API tells it.</summary>
/// <param name="Id">The job's identifier.</param>
/// <param name="Period">The period exported.</param>
/// <param name="Format">The file written.</param>
/// <param name="Stage">The step running, or done or failed.</param>
/// <param name="StageVi">The step in Vietnamese.</param>
/// <param name="StageEn">The step in English.</param>
/// <param name="Percent">0–100: the steps done, the writing step counted row by row.</param>
/// <param name="StatusUrl">Where to ask again.</param>
/// <param name="FileUrl">Where to download the file, once done.</param>
/// <param name="Error">Why it failed (code, messageVi, messageEn).</param>
public sealed record ExportStatus(
    string Id, string Period, ExportFormat Format, ExportStage Stage, string StageVi, string StageEn, int Percent, string StatusUrl, string? FileUrl,
    ExportError? Error);
