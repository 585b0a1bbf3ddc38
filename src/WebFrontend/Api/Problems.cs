using System.Text.Json;
using System.Text.RegularExpressions;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.WebFrontend.Hardening;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>RFC 9457 problem details for every refusal, naming the field at fault, in Vietnamese and English.</summary>
internal static partial class Problems
{
    private static readonly HashSet<string> Conflicts = ["alreadyRegistered", "duplicate", "idempotencyKeyReused", "alreadyIssued", "alreadyApproved", "periodLocked"];

    public static IResult Refused(HttpRequest request, CommandError error)
    {
        // The grains call the unit at fault "unitCode"; in the API it is the route's {code}, as the queries say.
        var field = error.Code == "unknownUnit" ? "code" : error.Field;
        return Create(request, StatusOf(error), error.Code, field, error.MessageVi, error.MessageEn);
    }

    /// <summary>The HTTP status of a refusal, the same for the API and the pages' forms.</summary>
    public static int StatusOf(CommandError error) => error.Code switch
    {
        "unknownUnit" or "unknownAccount" or "unknownKey" => StatusCodes.Status404NotFound,
        // The acting party (or reader) may not do this: the command was understood and refused for who sent it.
        "notPermitted" => StatusCodes.Status403Forbidden,
        _ when Conflicts.Contains(error.Code) => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };

    /// <summary>A record id of the route in the form of <see cref="Identifiers"/>, or its 400 refusal: checked before any grain is called.</summary>
    public static IResult? MalformedId(HttpRequest request, string id) =>
        Identifiers.CheckId("id", id) is { } error ? Refused(request, error) : null;

    public static IResult Unauthenticated(HttpRequest request) =>
        Create(request, StatusCodes.Status401Unauthorized, "unauthenticated", "",
            "Cần đăng nhập hoặc khóa API hợp lệ (tiêu đề X-Api-Key).", "Sign in or send a valid API key (header X-Api-Key).");

    public static IResult Forbidden(HttpRequest request) =>
        Create(request, StatusCodes.Status403Forbidden, "notPermitted", "",
            "Vai trò của bạn không được làm việc này.", "Your role may not do this.");

    public static IResult ActorMismatch(HttpRequest request, string field) =>
        Create(request, StatusCodes.Status403Forbidden, "actorMismatch", field,
            $"'{field}' phải là chính người đăng nhập hoặc chủ khóa API (có thể bỏ trống).",
            $"'{field}' must be the signed-in user or the API key's party (it may be left out).");

    public static IResult MalformedJson(HttpRequest request, JsonException exception)
    {
        // "$.actor.userId" → "actor.userId"; a missing property is named under the object it is missing from.
        var path = exception.Path is { Length: > 2 } p ? p[2..] : null;
        var field = MissingField().Match(exception.Message) is { Success: true } m
            ? path is null ? m.Groups[1].Value : $"{path}.{m.Groups[1].Value}"
            : path ?? "body";
        return Create(request, StatusCodes.Status400BadRequest, "malformedJson", field,
            $"Nội dung JSON không hợp lệ ở trường '{field}'.", $"The JSON body is not valid at '{field}': {exception.Message}");
    }

    public static IResult UnknownUnit(HttpRequest request, string field, string code) =>
        Create(request, StatusCodes.Status404NotFound, "unknownUnit", field,
            $"Không có đơn vị hoặc mục mã '{code}'.", $"There is nothing with code '{code}'.");

    public static IResult Absent(HttpRequest request, string code, string field, string value) =>
        Create(request, StatusCodes.Status404NotFound, code, field,
            $"Chưa có dữ liệu cho '{value}' ({code}).", $"There is nothing yet for '{value}' ({code}).");

    public static IResult InvalidPeriod(HttpRequest request, string period) =>
        Create(request, StatusCodes.Status400BadRequest, "invalidPeriod", "period",
            $"Kỳ '{period}' không hợp lệ (ví dụ: 2013, 2013-H1, 2013-Q2).", $"Invalid period '{period}' (e.g. 2013, 2013-H1, 2013-Q2).");

    /// <summary>A query parameter that is not understood (400).</summary>
    public static IResult Invalid(HttpRequest request, string code, string field, string vi, string en) =>
        Create(request, StatusCodes.Status400BadRequest, code, field, vi, en);

    /// <summary>The cluster or its database could not be reached (503): for a command "retry with the same key", for a read "try again".</summary>
    public static IResult Unavailable(HttpRequest request)
    {
        var problem = Unavailability.Problem(request, unavailable: true);
        return Create(request, problem.Status, problem.Code, problem.Field, problem.MessageVi, problem.MessageEn);
    }

    public static IResult Create(HttpRequest request, int status, string code, string field, string vi, string en)
    {
        var english = Language.PrefersEnglish(request);
        return Results.Problem(
            statusCode: status,
            title: english ? en : vi,
            type: $"urn:anti-trafficking:problem:{code}",
            extensions: new Dictionary<string, object?>
            {
                ["code"] = code,
                ["field"] = field,
                ["messageVi"] = vi,
                ["messageEn"] = en,
                ["errors"] = new Dictionary<string, string[]> { [field] = [english ? en : vi] },
            });
    }

    [GeneratedRegex("missing required properties including: '([^']+)'")]
    private static partial Regex MissingField();
}
