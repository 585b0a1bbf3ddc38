using System.Globalization;
using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Records;
using AntiTrafficking.Grains.Audit;

namespace AntiTrafficking.Grains.Commands;

/// <summary>A correction's field with its value before and after, in the JSON API's spelling.</summary>
internal readonly record struct FieldChange(string Field, string Before, string After)
{
    /// <summary>The change as the record's "corrected" step keeps it.</summary>
    public CorrectedValue Step(string reason) => new(Field, Before, After, reason.Trim());
}

/// <summary>
/// What every correction command (CorrectTip, CorrectCase, CorrectPerson) shares: exactly one value, a reason, a value
/// that differs from the one recorded, and a date that keeps the record's steps in order. Refusals in Vietnamese and
/// English; none repeats a value.
/// </summary>
internal static class Corrections
{
    /// <summary>The name of a correction's step in a record's history (dated the day of the correction).</summary>
    public const string Step = "corrected";

    /// <summary>The longest reason kept.</summary>
    public const int MaxReason = 500;

    /// <summary>Exactly one of <paramref name="values"/> is given, and a reason of at most <see cref="MaxReason"/> characters.</summary>
    public static CommandError? CheckShape(string? reason, params object?[] values) =>
        values.Count(v => v is not null) != 1
            ? new("oneValue", "correction",
                "Mỗi lần sửa số liệu sửa đúng một giá trị: hãy nhập một (và chỉ một) giá trị mới.",
                "A correction corrects exactly one value: give one (and only one) new value.")
        : string.IsNullOrWhiteSpace(reason) ? Refusals.Required("reason")
        : reason.Length > MaxReason
            ? new("tooLong", "reason",
                $"Lý do sửa dài quá {MaxReason} ký tự.",
                $"The reason is longer than {MaxReason} characters.")
        : null;

    /// <summary>Refuses a correction to the value already recorded.</summary>
    public static CommandError? Unchanged(FieldChange change) =>
        change.Before == change.After
            ? new("unchanged", change.Field,
                "Giá trị mới giống giá trị đã ghi nhận: không có gì để sửa.",
                "The new value is the one already recorded: there is nothing to correct.")
            : null;

    /// <summary>Refuses a first date (a receipt, an opening) corrected to after the record's next step.</summary>
    public static CommandError? NotAfterNextStep(string field, DateOnly date, DateOnly? next) =>
        next is { } later && date > later
            ? new("dateOutOfOrder", field,
                $"Ngày {date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} sau ngày {later.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} của bước tiếp theo đã ghi nhận.",
                $"The date {Date(date)} is after {Date(later)}, the date of the next step recorded.")
            : null;

    /// <summary>A date as the API writes it.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A count or flag as the API writes it.</summary>
    public static string Value(object value) => Convert.ToString(value, CultureInfo.InvariantCulture)!.ToLowerInvariant();
}
