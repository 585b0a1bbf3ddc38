using System.Collections.Immutable;
using System.Globalization;
using System.Numerics;
using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Commands;
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
    public string Key => Raw("idempotencyKey");

    /// <summary>The acting party: the signed-in user, never a value of the form.</summary>
    public ActingParty Actor => actor;

    /// <summary>The value as typed, trimmed ("" when absent).</summary>
    public string Raw(string name) => values.TryGetValue(name, out var value) ? value.ToString().Trim() : "";

    /// <summary>A required text; <paramref name="chosen"/> when it is picked from a list (a unit, an agency).</summary>
    public string Text(string name, bool chosen = false)
    {
        var value = Raw(name);
        if (value.Length == 0)
        {
            Missing(name, chosen);
        }

        return value;
    }

    /// <summary>A whole number within the range of a command's count.</summary>
    public int Integer(string name) => (int)Number(name, int.MinValue, int.MaxValue);

    /// <summary>A whole number within the range of a total (the three sectors' statistics).</summary>
    public long Count(string name) => Number(name, long.MinValue, long.MaxValue);

    /// <summary>A list of codes separated by commas or spaces, at least one.</summary>
    public ImmutableArray<string> Codes(string name)
    {
        var codes = Raw(name).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (codes.Length == 0)
        {
            Missing(name, chosen: false);
        }

        return [.. codes];
    }

    /// <summary>Checks that a field names a reporting period: a year (2013), a half (2013-H1) or a quarter (2013-Q2).</summary>
    public void RequirePeriod(string name)
    {
        var value = Raw(name);
        if (value.Length == 0)
        {
            Missing(name, chosen: false);
        }
        else if (!Period.TryParse(value, out _))
        {
            Refuse(name, "Kỳ không hợp lệ: năm (2013), 6 tháng (2013-H1) hoặc quý (2013-Q2).", "Not a period: a year (2013), a half (2013-H1) or a quarter (2013-Q2).");
        }
    }

    /// <summary>A calendar date, yyyy-MM-dd.</summary>
    public DateOnly Date(string name)
    {
        var value = Raw(name);
        if (value.Length == 0)
        {
            Missing(name, chosen: false);
            return default;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Refuse(name, "Ngày không hợp lệ (năm-tháng-ngày).", "Not a valid date (year-month-day).");
            return default;
        }

        FirstDate ??= date;
        return date;
    }

    /// <summary>One of a choice field's values (matched whatever its case), as the list writes it.</summary>
    public string Chosen(string name, IReadOnlyList<FormChoice> choices)
    {
        var value = Raw(name);
        if (value.Length == 0)
        {
            Missing(name, chosen: true);
            return "";
        }

        if (choices.FirstOrDefault(c => c.Value.Equals(value, StringComparison.OrdinalIgnoreCase)) is not { } choice)
        {
            Refuse(name, "Giá trị không có trong danh sách.", "The value is not one of the list.");
            return "";
        }

        return choice.Value;
    }

    /// <summary>A checkbox: true when ticked.</summary>
    public bool Check(string name) => Raw(name) == "true";

    /// <summary>Records an error against a field ("" for the form as a whole); the first error of a field is kept.</summary>
    public void Refuse(string name, string vi, string en) => _errors.TryAdd(name, new FieldError(vi, en));

    private long Number(string name, long min, long max)
    {
        var value = Raw(name);
        if (value.Length == 0)
        {
            Missing(name, chosen: false);
            return 0;
        }

        if (!BigInteger.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            Refuse(name, "Phải là một số nguyên.", "Must be a whole number.");
            return 0;
        }

        if (number < min || number > max)
        {
            Refuse(name, "Số quá lớn: hãy kiểm tra lại số đã nhập.", "The number is too large: check the figure entered.");
            return 0;
        }

        return (long)number;
    }

    private void Missing(string name, bool chosen)
    {
        if (chosen)
        {
            Refuse(name, "Hãy chọn một giá trị.", "Choose a value.");
        }
        else
        {
            Refuse(name, "Trường này là bắt buộc.", "This field is required.");
        }
    }
}
