using System.Collections.Immutable;
using System.Globalization;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.WebFrontend.Security;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>
/// The lists of a province's tips, cases and persons, paged and filtered, each scoped by the grains to what the caller
/// may see (<see cref="IRecordListGrain"/>). A list line never carries personal data.
/// </summary>
public static class RecordEndpoints
{
    /// <summary>A page of a list, as the API answers it.</summary>
    /// <param name="Items">The lines of the page, newest first.</param>
    /// <param name="Total">How many records match the filters.</param>
    /// <param name="Page">This page, from 1.</param>
    /// <param name="PageSize">Lines a page.</param>
    public sealed record RecordList(ImmutableArray<RecordSummary> Items, int Total, int Page, int PageSize);

    /// <summary>Maps the list endpoints under <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapRecords(this RouteGroupBuilder api)
    {
        List(api, "tips", RecordKind.Tip, Policies.Aggregates, "receivedFrom", "receivedTo",
            "Danh sách tin báo, tố giác / Tips (filters: district, status, receivedFrom, receivedTo)");
        List(api, "cases", RecordKind.Case, Policies.Aggregates, "openedFrom", "openedTo",
            "Danh sách vụ án / Cases (filters: district, status, form, openedFrom, openedTo)");
        List(api, "persons", RecordKind.Person, Policies.CaseWorker, "receivedFrom", "receivedTo",
            "Danh sách người được tiếp nhận, không có thông tin cá nhân / Received persons without personal data (filters: agency, status, receivedFrom, receivedTo)");
        api.MapGet("/provinces/{code}/inbox", async (HttpContext context, IGrainFactory grains, string code) =>
            {
                if (PartyClaims.Party(context.User) is not { } reader)
                {
                    return Problems.Unauthenticated(context.Request);
                }

                var inbox = await grains.GetGrain<IRecordListGrain>(code).InboxAsync(reader);
                return inbox.Error is { } error ? Problems.Refused(context.Request, error) : Results.Ok(inbox with { Error = null });
            })
            .RequireAuthorization(Policies.Aggregates)
            .Produces<RecordInbox>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Hộp thư: hồ sơ quá hạn và sắp đến hạn / Inbox: overdue and soon-due records").WithTags("Records");
        return api;
    }

    private static void List(RouteGroupBuilder api, string path, RecordKind kind, string policy, string from, string to, string summary) =>
        api.MapGet($"/provinces/{{code}}/{path}", async (HttpContext context, IGrainFactory grains, string code) =>
            {
                if (PartyClaims.Party(context.User) is not { } reader)
                {
                    return Problems.Unauthenticated(context.Request);
                }

                var (query, invalid) = Parse(context.Request.Query, kind, from, to);
                if (invalid is not null)
                {
                    return Problems.Refused(context.Request, invalid);
                }

                var page = await grains.GetGrain<IRecordListGrain>(code).ListAsync(query!, reader);
                return page.Error is { } error
                    ? Problems.Refused(context.Request, error)
                    : Results.Ok(new RecordList(page.Items, page.Total, page.Page, page.PageSize));
            })
            .RequireAuthorization(policy)
            .Produces<RecordList>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary(summary).WithTags("Records");

    /// <summary>The query string as a <see cref="RecordQuery"/>, or the refusal of its first malformed parameter (the pages use it too).</summary>
    public static (RecordQuery? Query, CommandError? Error) Parse(IQueryCollection q, RecordKind kind, string fromName, string toName)
    {
        string? Text(string name) => q[name].ToString() is { Length: > 0 } value ? value : null;

        CommandError? problem = null;
        DateOnly? Date(string name)
        {
            if (Text(name) is not { } text)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            problem ??= new("invalidDate", name, $"'{name}' phải là một ngày dạng yyyy-MM-dd.", $"'{name}' must be a date written yyyy-MM-dd.");
            return null;
        }

        int Number(string name, int fallback)
        {
            if (Text(name) is not { } text)
            {
                return fallback;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            problem ??= new("invalidNumber", name, $"'{name}' phải là một số nguyên dương.", $"'{name}' must be a whole positive number.");
            return fallback;
        }

        var query = new RecordQuery(
            kind,
            DistrictCode: kind == RecordKind.Person ? null : Text("district"),
            Status: Text("status"),
            AgencyCode: Text("agency"),
            Form: Text("form"),
            From: Date(fromName),
            To: Date(toName),
            Page: Number("page", 1),
            PageSize: Number("pageSize", RecordQuery.DefaultPageSize));
        return problem is null ? (query, null) : (null, problem);
    }
}
