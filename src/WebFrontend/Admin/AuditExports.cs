using System.Globalization;
using System.Text;
using AntiTrafficking.GrainInterfaces.Audit;
using MiniExcelLibs;

namespace AntiTrafficking.WebFrontend.Admin;

/// <summary>Audit entries as CSV and XLSX files: one row per entry, newest first, the columns of <see cref="Header"/>.</summary>
public static class AuditExports
{
    /// <summary>The CSV header line (also the XLSX column names).</summary>
    public const string Header = "sequence,recordedAt,actorUserId,actorAgency,action,target,outcome,code,version,idempotencyKey,source,actorRole,actorDistrict,changeField,changeBefore,changeAfter";

    /// <summary>The file name of an export: "nhat-ky-kiem-tra-20261129-0512.csv".</summary>
    public static string FileName(DateTimeOffset at, string extension) =>
        $"nhat-ky-kiem-tra-{at.UtcDateTime.ToString("yyyyMMdd-HHmm", CultureInfo.InvariantCulture)}.{extension}";

    /// <summary>UTF-8 with a byte-order mark, so that spreadsheet programs read it as such; CRLF line ends.</summary>
    public static byte[] Csv(IEnumerable<AuditEntry> entries)
    {
        var text = new StringBuilder().Append(Header).Append("\r\n");
        foreach (var e in entries)
        {
            text.AppendJoin(',', Fields(e).Select(Cell)).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    /// <summary>One sheet "Nhật ký kiểm tra" with the same columns; the sequence and version as numbers.</summary>
    public static byte[] Xlsx(IEnumerable<AuditEntry> entries)
    {
        var names = Header.Split(',');
        var rows = entries.Select(e =>
        {
            var fields = Fields(e);
            var row = new Dictionary<string, object?>();
            for (var i = 0; i < names.Length; i++)
            {
                row[names[i]] = i switch
                {
                    0 => e.Sequence,
                    8 => e.Version,
                    _ => fields[i],
                };
            }

            return row;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(new Dictionary<string, object> { ["Nhật ký kiểm tra"] = rows }, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    /// <summary>The time as stored, in UTC to the microsecond.</summary>
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    private static string[] Fields(AuditEntry e) =>
    [
        e.Sequence.ToString(CultureInfo.InvariantCulture), Time(e.RecordedAt), e.ActorUserId, e.ActorAgency ?? "", e.Action,
        e.Target, e.Outcome, e.Code ?? "", e.Version.ToString(CultureInfo.InvariantCulture), e.IdempotencyKey ?? "", e.Source,
        e.ActorRole ?? "", e.ActorDistrict ?? "", e.ChangeField ?? "", e.ChangeBefore ?? "", e.ChangeAfter ?? "",
    ];

    // User ids and idempotency keys come from callers: a cell a spreadsheet would read as a formula is prefixed with
    // an apostrophe so it stays text; separators and quotes are quoted.
    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
