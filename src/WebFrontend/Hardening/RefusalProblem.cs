using AntiTrafficking.WebFrontend.Api;

namespace AntiTrafficking.WebFrontend.Hardening;

/// <summary>
/// A request refused before it reached an endpoint (too large, too many, wrong media type, no such endpoint): the
/// same RFC 9457 shape as the API's refusals, with code, field and the reason in Vietnamese and English.
/// </summary>
internal sealed record RefusalProblem(int Status, string Code, string Field, string MessageVi, string MessageEn)
{
    public static RefusalProblem TooLarge(long limit) => new(StatusCodes.Status413PayloadTooLarge, "bodyTooLarge", "body",
        $"Nội dung yêu cầu quá lớn (tối đa {limit} byte); không có gì được ghi nhận.",
        $"The request body is too large (at most {limit} bytes); nothing was recorded.");

    public static RefusalProblem TooManyRequests(TimeSpan? retryAfter) => new(StatusCodes.Status429TooManyRequests, "tooManyRequests", "",
        $"Quá nhiều yêu cầu; hãy thử lại sau {Seconds(retryAfter)} giây. Không có gì được ghi nhận.",
        $"Too many requests; try again in {Seconds(retryAfter)} seconds. Nothing was recorded.");

    public static RefusalProblem UnsupportedMediaType() => new(StatusCodes.Status415UnsupportedMediaType, "unsupportedMediaType", "content-type",
        "Nội dung phải là JSON (Content-Type: application/json); không có gì được ghi nhận.",
        "The body must be JSON (Content-Type: application/json); nothing was recorded.");

    /// <summary>A status written without a body (no such endpoint, method not allowed, a malformed request line).</summary>
    public static RefusalProblem ForStatus(int status) => status switch
    {
        StatusCodes.Status404NotFound => new(status, "notFound", "path",
            "Không có địa chỉ này trong API (xem /openapi/v1.json).", "There is no such address in the API (see /openapi/v1.json)."),
        StatusCodes.Status405MethodNotAllowed => new(status, "methodNotAllowed", "method",
            "Địa chỉ này không nhận phương thức HTTP đó.", "This address does not accept that HTTP method."),
        StatusCodes.Status413PayloadTooLarge => new(status, "bodyTooLarge", "body",
            "Nội dung yêu cầu quá lớn; không có gì được ghi nhận.", "The request body is too large; nothing was recorded."),
        StatusCodes.Status415UnsupportedMediaType => UnsupportedMediaType(),
        _ => new(status, "badRequest", "request",
            $"Yêu cầu không hợp lệ (mã {status}); không có gì được ghi nhận.", $"The request is not valid (status {status}); nothing was recorded."),
    };

    /// <summary>Writes the problem as application/problem+json, titled in the language the request prefers.</summary>
    public Task WriteAsync(HttpContext context)
    {
        var english = Language.PrefersEnglish(context.Request);
        var message = english ? MessageEn : MessageVi;
        return Results.Problem(
            statusCode: Status,
            title: message,
            type: $"urn:anti-trafficking:problem:{Code}",
            extensions: new Dictionary<string, object?>
            {
                ["code"] = Code,
                ["field"] = Field,
                ["messageVi"] = MessageVi,
                ["messageEn"] = MessageEn,
                ["errors"] = new Dictionary<string, string[]> { [Field] = [message] },
            }).ExecuteAsync(context);
    }

    private static int Seconds(TimeSpan? wait) => (int)Math.Ceiling((wait ?? TimeSpan.FromSeconds(1)).TotalSeconds);
}
