using System.Collections.Immutable;
using AntiTrafficking.GrainInterfaces.Reporting;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.WebFrontend.Hardening;
using AntiTrafficking.WebFrontend.Reference;
using AntiTrafficking.WebFrontend.Reporting;
using AntiTrafficking.WebFrontend.Security;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>
/// The reporting regime through the API, under /api/v1/provinces/{code}/reporting: obligations, the overview, each
/// period's status and reports, and the consolidated report's exports (XLSX, CSV; the printable report is the page
/// /bao-cao/in/{period}). Sending and approving a report are commands (<see cref="ReportingCommands"/>, mapped by
/// <see cref="CommandEndpoints"/>).
/// </summary>
public static class ReportingEndpoints
{
    private const string Root = "/provinces/{code}/reporting";
    private const string PeriodPath = Root + "/periods/{period}";
    private const string Tag = "Reporting";

    /// <summary>Maps the reporting endpoints under <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapReportingApi(this RouteGroupBuilder outer)
    {
        // Reports, their figures and the exports are for signed-in users.
        var api = outer.MapGroup("").RequireAuthorization(Policies.Aggregates);
        api.MapGet(Root + "/obligations", (HttpRequest r, IGrainFactory g, string code) =>
                QueryAsync(r, "code", code, () => g.GetGrain<IReportingOfficeGrain>(code).GetObligationsAsync()))
            .Produces<ImmutableArray<ReportingObligation>>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Nghĩa vụ báo cáo và hạn nộp / Reports owed and their deadlines").WithTags(Tag);
        api.MapGet(Root, (HttpRequest r, IGrainFactory g, string code) =>
                QueryAsync(r, "code", code, () => g.GetGrain<IReportingOfficeGrain>(code).GetOverviewAsync()))
            .Produces<ReportingOverview>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Tổng quan chế độ báo cáo / Every period and every reporter's record").WithTags(Tag);
        api.MapGet(PeriodPath, (HttpRequest r, IGrainFactory g, string code, string period) =>
                QueryAsync(r, "period", period, () => Period(g, code, period).GetStatusAsync()))
            .Produces<PeriodStatus>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Tình hình báo cáo của kỳ: đủ, đúng hạn, quá hạn / Completeness, timeliness and overdue reporters").WithTags(Tag);
        api.MapGet(PeriodPath + "/consolidated", (HttpRequest r, IGrainFactory g, string code, string period) =>
                QueryAsync(r, "period", period, () => Period(g, code, period).GetConsolidatedAsync()))
            .Produces<ConsolidatedReport>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Báo cáo tổng hợp: số liệu chốt và hiện tại / Consolidated report: at close and now").WithTags(Tag);
        api.MapGet(PeriodPath + "/snapshot", SnapshotAsync)
            .Produces<PeriodSnapshot>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Số liệu chốt của mọi đơn vị / Every scorecard at close").WithTags(Tag);
        api.MapGet(PeriodPath + "/reports/{reporter}", ReportAsync)
            .Produces<ReportView>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Báo cáo của một đơn vị và các lần sửa / A reporter's report and its revisions").WithTags(Tag);
        api.MapGet(PeriodPath + "/export.xlsx", (HttpRequest r, IGrainFactory g, ProgramFiles files, TimeProvider time, string code, string period) =>
                ExportAsync(r, g, code, period, "xlsx", d => ReportWorkbook.Build(d, files, time.GetUtcNow()), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .Produces(StatusCodes.Status200OK, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Báo cáo tổng hợp dạng Excel / Consolidated report as XLSX").WithTags(Tag);
        api.MapGet(PeriodPath + "/scorecards.csv", (HttpRequest r, IGrainFactory g, string code, string period) =>
                ExportAsync(r, g, code, period, "csv", d => ScorecardCsv.Build(d), "text/csv; charset=utf-8"))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Mọi bảng chỉ tiêu của kỳ dạng CSV / Every scorecard of the period as CSV").WithTags(Tag);
        api.MapExportJobs(PeriodPath, Tag);
        return outer;
    }

    private static IReportingPeriodGrain Period(IGrainFactory grains, string code, string period) =>
        grains.GetGrain<IReportingPeriodGrain>($"{code}:{period}");

    private static Task<IResult> SnapshotAsync(HttpRequest request, IGrainFactory grains, string code, string period) =>
        QueryAsync(request, "period", period, () => Period(grains, code, period).GetSnapshotAsync(), "periodNotClosed");

    private static Task<IResult> ReportAsync(HttpRequest request, IGrainFactory grains, string code, string period, string reporter) =>
        QueryAsync(request, "reporter", reporter, () => Period(grains, code, period).GetReportAsync(reporter), "notReported");

    private static Task<IResult> ExportAsync(
        HttpRequest request, IGrainFactory grains, string code, string period, string extension, Func<ReportData, byte[]> build, string contentType) =>
        QueryAsync(request, "period", period, async () =>
        {
            var data = await ReportData.LoadAsync(grains, code, period);
            return Results.File(build(data), contentType, ExportJob.FileNameOf(code, period, extension));
        });

    private static async Task<IResult> QueryAsync<T>(HttpRequest request, string field, string value, Func<Task<T>> query, string? absentCode = null)
    {
        try
        {
            return await query() switch
            {
                IResult result => result,
                { } found => Results.Ok(found),
                null => Problems.Absent(request, absentCode ?? "notFound", field, value),
            };
        }
        catch (UnknownUnitException ex)
        {
            return Problems.UnknownUnit(request, ex.Code.Contains(':', StringComparison.Ordinal) ? "period" : field, value);
        }
        catch (Exception ex) when (Unavailability.IsUnavailable(ex))
        {
            return Problems.Unavailable(request);
        }
    }
}
