using AntiTrafficking.GrainInterfaces;
using Microsoft.AspNetCore.Diagnostics;

namespace AntiTrafficking.WebFrontend.Hardening;

/// <summary>
/// A request that could not be answered because the cluster or its database is unreachable — PostgreSQL stopped
/// (<see cref="DatabaseUnavailableException"/>), no silo answering (an Orleans rejection) or a call that timed out
/// (the client's response timeout, <c>Orleans:Messaging:ResponseTimeout</c>) — is a 503 with Retry-After, never a 500:
/// under /api a problem with code <c>unavailable</c> and the reason in Vietnamese and English, elsewhere the static
/// page <c>wwwroot/unavailable.html</c> saying the same in both languages (static, so that showing it needs neither
/// the cluster nor sign-in). Any other failure of the API is a problem with code <c>internalError</c>.
/// </summary>
internal static class Unavailability
{
    private const string Page = "unavailable.html";

    /// <summary>How long a caller is told to wait before trying again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

    /// <summary>Whether the failure means "the system cannot be reached now", not a defect.</summary>
    public static bool IsUnavailable(Exception? exception) => exception switch
    {
        null => false,
        AggregateException { InnerExceptions.Count: 1 } aggregate => IsUnavailable(aggregate.InnerException),
        TimeoutException or OrleansException => true,
        _ => false,
    };

    /// <summary>The refusal of an API request, by whether it was a command (that may have been recorded) or a read.</summary>
    public static RefusalProblem Problem(HttpRequest request, bool unavailable) => (unavailable, HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) switch
    {
        (true, true) => new(StatusCodes.Status503ServiceUnavailable, "unavailable", "",
            $"Hệ thống tạm thời không đọc được dữ liệu (cơ sở dữ liệu hoặc máy chủ xử lý không phản hồi); không có gì bị thay đổi, hãy thử lại sau {RetryAfter.TotalSeconds:0} giây.",
            $"The system cannot read its data right now (the database or the processing servers are not responding); nothing was changed, try again in {RetryAfter.TotalSeconds:0} seconds."),
        (true, false) => new(StatusCodes.Status503ServiceUnavailable, "unavailable", "",
            "Hệ thống tạm thời không phản hồi; lệnh có thể đã được ghi nhận: hãy gửi lại với cùng idempotencyKey.",
            "The system is not responding; the command may have been recorded: retry with the same idempotencyKey."),
        _ => new(StatusCodes.Status500InternalServerError, "internalError", "",
            "Đã xảy ra lỗi hệ thống; lỗi đã được ghi vào nhật ký. Không có gì được xác nhận.",
            "A system error occurred and was logged. Nothing was acknowledged."),
    };

    /// <summary>Answers every failed API request with a problem, and a page request the system could not serve with the static page.</summary>
    internal sealed class Handler(IWebHostEnvironment environment, ILogger<Handler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            var api = httpContext.Request.Path.StartsWithSegments("/api");
            var unavailable = IsUnavailable(exception);
            if (httpContext.Response.HasStarted || !(api || unavailable))
            {
                return false;
            }

            if (unavailable)
            {
                // The cause, never the request's values (which may hold a person's data).
                logger.LogWarning("{Method} {Path} answered 503: {Error}", httpContext.Request.Method, httpContext.Request.Path, exception.GetType().Name);
                httpContext.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (api)
            {
                await Problem(httpContext.Request, unavailable).WriteAsync(httpContext);
                return true;
            }

            httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            httpContext.Response.ContentType = "text/html; charset=utf-8";
            await httpContext.Response.SendFileAsync(environment.WebRootFileProvider.GetFileInfo(Page), cancellationToken);
            return true;
        }
    }
}
