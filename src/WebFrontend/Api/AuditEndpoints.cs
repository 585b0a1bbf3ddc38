using AntiTrafficking.GrainInterfaces.Audit;
using AntiTrafficking.WebFrontend.Admin;
using AntiTrafficking.WebFrontend.Hardening;
using AntiTrafficking.WebFrontend.Security;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>
/// GET /api/v1/audit: the audit trail for administrators, filtered and paged (JSON), or every filtered entry as a file
/// (<c>?format=csv</c> or <c>xlsx</c>). The page /quan-tri/nhat-ky shows the same.
/// </summary>
public static class AuditEndpoints
{
    private const string CsvType = "text/csv; charset=utf-8";
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Maps the administrators' audit endpoint under <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapAudit(this RouteGroupBuilder api)
    {
        api.MapGet("/audit", ReadAsync)
            .RequireAuthorization(Policies.Administrator)
            .Produces<AuditPage>()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .Produces(StatusCodes.Status200OK, contentType: XlsxType)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("Nhật ký kiểm tra (quản trị viên) / Audit trail (administrators): ?from&to&actor&agency&action&outcome&target&page&pageSize&format=json|csv|xlsx")
            .WithTags("Administration");
        return api;
    }

    private static async Task<IResult> ReadAsync(HttpRequest request, IGrainFactory grains, TimeProvider time, string? format)
    {
        format = string.IsNullOrEmpty(format) ? "json" : format.ToLowerInvariant();
        if (format is not ("json" or "csv" or "xlsx"))
        {
            return Problems.Invalid(request, "invalidFormat", "format",
                $"Định dạng '{format}' không hỗ trợ: json, csv hoặc xlsx.", $"The format '{format}' is not supported: json, csv or xlsx.");
        }

        var (query, problem) = AuditFilterInput.Parse(request.Query);
        if (problem is not null)
        {
            return Problems.Invalid(request, "invalidFilter", problem.Field, problem.MessageVi, problem.MessageEn);
        }

        try
        {
            var grain = grains.GetGrain<IAuditQueryGrain>(0);
            var reader = PartyClaims.Party(request.HttpContext.User)!;
            var result = format == "json" ? await grain.ReadAsync(query!, reader) : await grain.ExportAsync(query!, reader);
            if (!result.Granted)
            {
                return Problems.Refused(request, result.Error!);
            }

            var page = result.Page!;
            return format switch
            {
                "csv" => Results.File(AuditExports.Csv(page.Entries), CsvType, AuditExports.FileName(time.GetUtcNow(), "csv")),
                "xlsx" => Results.File(AuditExports.Xlsx(page.Entries), XlsxType, AuditExports.FileName(time.GetUtcNow(), "xlsx")),
                _ => Results.Ok(page),
            };
        }
        catch (Exception ex) when (Unavailability.IsUnavailable(ex))
        {
            return Problems.Unavailable(request);
        }
    }
}
