using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.Indicators;
using Microsoft.Extensions.Primitives;

namespace AntiTrafficking.WebFrontend.DataEntry;

/// <summary>
/// The values posted by a form, read field by field into the command's types. A value that cannot be read records an
/// error against its field (never repeating the value) and yields a placeholder: the command is then not sent.
/// </summary>
public sealed class FormInput(IReadOnlyDictionary<string, StringValues> values, ActingParty actor)
{
    private readonly Dictionary<string, FieldError> _errors = new(StringComparer.Ordinal);

    /// <summary>The errors found, by field name.</summary>
    public IReadOnlyDictionary<string, FieldError> Errors => _errors;

    /// <summary>The first date read, which places the command in a year.</summary>
    public DateOnly? FirstDate { get; private set; }

    /// <summary>The idempotency key rendered with the form.</summary>
    public string Key => Text("idempotencyKey");

    /// <summary>The acting party: the signed-in user, never a value of the form.</summary>
    public ActingParty Actor => actor;

    /// <summary>The value as typed, trimmed ("" when absent).</summary>
    public string Raw(string name) => values.TryGetValue(name, out var value) ? value.ToString().Trim() : "";

    /// <summary>A required text.</summary>
    public string Text(string name)
    {
        var value = Raw(name);
        if (value.Length == 0)
        {
            Fail(name, "Trường này là bắt buộc.", "This field is required.");
        }

        return value;
    }

    /// <summary>An optional text: null when empty.</summary>
    public string? OptionalText(string name) => Raw(name) is { Length: > 0 } value ? value : null;

    /// <summary>A whole number.</summary>
    public int Integer(string name)
    {
        var value = Raw(name);
        if (value.Length == 0)
        {
            Fail(name, "Trường này là bắt buộc.", "This field is required.");
            return 0;
        }

        if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            if (BigInteger.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            {
                Fail(name, "Số quá lớn: hãy kiểm tra lại số đã nhập.", "The number is too large: check the figure entered.");
            }
            else
            {
                Fail(name, "Phải là một số nguyên.", "Must be a whole number.");
            }
        }

        return number;
    }

    /// <summary>An optional count: null when empty (a figure not given).</summary>
    public long? OptionalCount(string name)
    {
        var value = Raw(name);
        if (value.Length == 0)
        {
            return null;
        }

        if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            Fail(name, "Phải là một số nguyên.", "Must be a whole number.");
        }

        return number;
    }

    /// <summary>A list of codes separated by commas or spaces, at least one.</summary>
    public ImmutableArray<string> Codes(string name)
    {
        var codes = Raw(name).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (codes.Length == 0)
        {
            Fail(name, "Trường này là bắt buộc.", "This field is required.");
        }

        return [.. codes];
    }

    /// <summary>Checks that a field names a reporting period: a year (2013), a half (2013-H1) or a quarter (2013-Q2).</summary>
    public void RequirePeriod(string name)
    {
        var value = Raw(name);
        if (value.Length == 0)
        {
            Fail(name, "Trường này là bắt buộc.", "This field is required.");
        }
        else if (!Period.TryParse(value, out _))
        {
            Fail(name, "Kỳ không hợp lệ: năm (2013), 6 tháng (2013-H1) hoặc quý (2013-Q2).", "Not a period: a year (2013), a half (2013-H1) or a quarter (2013-Q2).");
        }
    }

    /// <summary>A calendar date, yyyy-MM-dd.</summary>
    public DateOnly Date(string name)
    {
        var value = Raw(name);
        if (value.Length == 0)
        {
            Fail(name, "Trường này là bắt buộc.", "This field is required.");
            return default;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Fail(name, "Ngày không hợp lệ (năm-tháng-ngày).", "Not a valid date (year-month-day).");
            return default;
        }

        FirstDate ??= date;
        return date;
    }

    /// <summary>One of an enum's values, sent by name (camelCase).</summary>
    public T Choice<T>(string name)
        where T : struct, Enum
    {
        var value = Raw(name);
        if (value.Length == 0)
        {
            Fail(name, "Hãy chọn một giá trị.", "Choose a value.");
            return default;
        }

        if (!Enum.TryParse<T>(value, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || int.TryParse(value, out _))
        {
            Fail(name, "Giá trị không có trong danh sách.", "The value is not one of the list.");
        }

        return parsed;
    }

    /// <summary>An optional date: null when empty (a value not corrected).</summary>
    public DateOnly? OptionalDate(string name) => Raw(name).Length == 0 ? null : Date(name);

    /// <summary>An optional whole number: null when empty.</summary>
    public int? OptionalInteger(string name) => Raw(name).Length == 0 ? null : Integer(name);

    /// <summary>An optional choice: null when none is chosen.</summary>
    public T? OptionalChoice<T>(string name)
        where T : struct, Enum => Raw(name).Length == 0 ? null : Choice<T>(name);

    /// <summary>An optional yes or no chosen from a list ("true", "false"): null when none is chosen.</summary>
    public bool? OptionalYesNo(string name)
    {
        var value = Raw(name);
        if (value is "true" or "false")
        {
            return value == "true";
        }

        if (value.Length > 0)
        {
            Fail(name, "Giá trị không có trong danh sách.", "The value is not one of the list.");
        }

        return null;
    }

    /// <summary>A checkbox: true when ticked.</summary>
    public bool Check(string name) => Raw(name) == "true";

    private void Fail(string name, string vi, string en) => _errors.TryAdd(name, new FieldError(vi, en));
}
