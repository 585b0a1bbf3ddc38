using System.Globalization;
using AntiTrafficking.GrainInterfaces.Audit;
using AntiTrafficking.Indicators;

namespace AntiTrafficking.WebFrontend.Admin;

/// <summary>
/// The audit filters of a request's query string, shared by the page and the API: <c>from</c>, <c>to</c> (a Vietnam
/// calendar day <c>yyyy-MM-dd</c>, <c>to</c> included, or an ISO 8601 time with its offset, <c>to</c> excluded),
/// <c>actor</c>, <c>agency</c>, <c>action</c>, <c>outcome</c>, <c>target</c> (start of the target), <c>page</c>,
/// <c>pageSize</c>. Ranges and lengths are checked by the grain.
/// </summary>
public static class AuditFilterInput
{
    /// <summary>A query parameter that could not be read, in Vietnamese and English.</summary>
    public sealed record Problem(string Field, string MessageVi, string MessageEn);

    /// <summary>The query, or the first parameter that is not understood.</summary>
    public static (AuditQuery? Query, Problem? Problem) Parse(IQueryCollection query)
    {
        string? Text(string name) => query[name].ToString() is { Length: > 0 } value ? value.Trim() : null;

        if (!TryTime(Text("from"), endOfDay: false, out var from))
        {
            return (null, Time("from"));
        }

        if (!TryTime(Text("to"), endOfDay: true, out var to))
        {
            return (null, Time("to"));
        }

        if (!TryNumber(Text("page"), 1, out var page))
        {
            return (null, Number("page"));
        }

        if (!TryNumber(Text("pageSize"), AuditQuery.DefaultPageSize, out var pageSize))
        {
            return (null, Number("pageSize"));
        }

        return (new AuditQuery(from, to, Text("actor"), Text("agency"), Text("action"), Text("outcome"), Text("target"), page, pageSize), null);
    }

    /// <summary>The same filters and page size as query-string pairs (not the page), to carry them into links and exports.</summary>
    public static IEnumerable<KeyValuePair<string, string?>> Filters(IQueryCollection query) =>
        new[] { "from", "to", "actor", "agency", "action", "outcome", "target", "pageSize" }
            .Where(name => query[name].ToString().Length > 0)
            .Select(name => KeyValuePair.Create(name, (string?)query[name].ToString()));

    // A day is a Vietnam calendar day: "from" starts at its midnight, "to" ends at the next midnight.
    private static bool TryTime(string? text, bool endOfDay, out DateTimeOffset? time)
    {
        time = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            time = new DateTimeOffset((endOfDay ? day.AddDays(1) : day).ToDateTime(TimeOnly.MinValue), VietnamTime.Offset);
            return true;
        }

        if (text.Length > 10 && (text.EndsWith('Z') || text[^6] is '+' or '-')
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            time = instant;
            return true;
        }

        return false;
    }

    private static bool TryNumber(string? text, int absent, out int value)
    {
        value = absent;
        return text is null || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static Problem Time(string field) =>
        new(field,
            $"Thời điểm '{field}' không hợp lệ: dùng ngày yyyy-MM-dd hoặc thời điểm ISO 8601 có múi giờ.",
            $"The time '{field}' is not valid: use a day yyyy-MM-dd or an ISO 8601 time with its offset.");

    private static Problem Number(string field) =>
        new(field, $"Trường '{field}' phải là số nguyên dương.", $"The field '{field}' must be a positive whole number.");
}
