using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace AntiTrafficking.Indicators;

/// <summary>
/// A reporting period: a year ("2013"), a half ("2013-H1") or a quarter ("2013-Q2").
/// Always valid: built only by the factories and <see cref="Parse"/>.
/// </summary>
public sealed record Period
{
    private const string ExpectedForms = "expected YYYY, YYYY-H1, YYYY-H2 or YYYY-Q1 to YYYY-Q4, e.g. 2013, 2013-H1, 2013-Q2";

    private Period(PeriodKind kind, int year, int number)
    {
        Kind = kind;
        Year = year;
        Number = number;
        var monthCount = 12 / PeriodsPerYear(kind);
        var firstMonth = (number - 1) * monthCount + 1;
        var lastMonth = firstMonth + monthCount - 1;
        Start = new DateOnly(year, firstMonth, 1);
        End = new DateOnly(year, lastMonth, DateTime.DaysInMonth(year, lastMonth));
    }

    /// <summary>Year, half or quarter.</summary>
    public PeriodKind Kind { get; }

    /// <summary>The calendar year the period belongs to.</summary>
    public int Year { get; }

    /// <summary>1 for a year; 1–2 for a half; 1–4 for a quarter.</summary>
    public int Number { get; }

    /// <summary>The first day of the period.</summary>
    public DateOnly Start { get; }

    /// <summary>The last day of the period (included).</summary>
    public DateOnly End { get; }

    /// <summary>The calendar year <paramref name="year"/>.</summary>
    public static Period OfYear(int year) => Create(PeriodKind.Year, year, 1);

    /// <summary>Half <paramref name="half"/> (1 = January–June, 2 = July–December) of <paramref name="year"/>.</summary>
    public static Period OfHalf(int year, int half) => Create(PeriodKind.Half, year, half);

    /// <summary>Quarter <paramref name="quarter"/> (1–4) of <paramref name="year"/>.</summary>
    public static Period OfQuarter(int year, int quarter) => Create(PeriodKind.Quarter, year, quarter);

    /// <summary>True when <paramref name="date"/> falls within the period.</summary>
    public bool Contains(DateOnly date) => Start <= date && date <= End;

    /// <summary>Reads "2013", "2013-H1" or "2013-Q2" (letters in either case).</summary>
    /// <exception cref="FormatException">The text is not a period; the message says what is expected.</exception>
    public static Period Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var period)
            ? period
            : throw new FormatException($"'{text}' is not a period: {ExpectedForms}.");
    }

    /// <summary>Reads "2013", "2013-H1" or "2013-Q2" (letters in either case); false when the text is not a period.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, [NotNullWhen(true)] out Period? period)
    {
        period = null;
        if (text is null || text.Length < 4 || !TryParseYear(text.AsSpan(0, 4), out var year))
        {
            return false;
        }

        if (text.Length == 4)
        {
            period = OfYear(year);
            return true;
        }

        if (text.Length != 7 || text[4] != '-' || !char.IsAsciiDigit(text[6]))
        {
            return false;
        }

        var number = text[6] - '0';
        period = char.ToUpperInvariant(text[5]) switch
        {
            'H' when number is >= 1 and <= 2 => OfHalf(year, number),
            'Q' when number is >= 1 and <= 4 => OfQuarter(year, number),
            _ => null,
        };
        return period is not null;
    }

    /// <summary>"2013", "2013-H1" or "2013-Q2": the form <see cref="Parse"/> reads.</summary>
    public override string ToString() => Kind switch
    {
        PeriodKind.Half => $"{Year:D4}-H{Number}",
        PeriodKind.Quarter => $"{Year:D4}-Q{Number}",
        _ => $"{Year:D4}",
    };

    private static Period Create(PeriodKind kind, int year, int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, PeriodsPerYear(kind));
        return new Period(kind, year, number);
    }

    private static int PeriodsPerYear(PeriodKind kind) => kind switch
    {
        PeriodKind.Year => 1,
        PeriodKind.Half => 2,
        PeriodKind.Quarter => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period kind."),
    };

    private static bool TryParseYear(ReadOnlySpan<char> digits, out int year)
    {
        year = 0;
        foreach (var digit in digits)
        {
            if (!char.IsAsciiDigit(digit))
            {
                return false;
            }
        }

        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year >= 1;
    }
}
