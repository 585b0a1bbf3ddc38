namespace AntiTrafficking.GrainInterfaces.Commands;

/// <summary>
/// The form of every key and identifier a command carries or acts on, checked before anything else so that nothing
/// too long or odd to be stored, audited or shown is ever applied:
/// an idempotency key is 1–<see cref="MaxKeyLength"/> ASCII letters, digits and <c>- _ . :</c>; an identifier (a
/// record's id in a route or a grain key, a person, survey, document or guidance code, a user id) is
/// 1–<see cref="MaxIdLength"/> letters (Vietnamese included), digits and <c>- _ . : / @ |</c>, without spaces.
/// </summary>
public static class Identifiers
{
    /// <summary>The longest idempotency key.</summary>
    public const int MaxKeyLength = 128;

    /// <summary>The longest identifier.</summary>
    public const int MaxIdLength = 100;

    private const string KeyPunctuation = "-_.:";

    private const string IdPunctuation = "-_.:/@|";

    /// <summary>Null when <paramref name="key"/> is a well-formed idempotency key, else the refusal naming <paramref name="field"/>.</summary>
    public static CommandError? CheckKey(string field, string? key) =>
        Check(field, key, MaxKeyLength, c => char.IsAsciiLetterOrDigit(c) || KeyPunctuation.Contains(c), "- _ . :", "ASCII ");

    /// <summary>Null when <paramref name="id"/> is a well-formed identifier, else the refusal naming <paramref name="field"/>.</summary>
    public static CommandError? CheckId(string field, string? id) =>
        Check(field, id, MaxIdLength, c => char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark || IdPunctuation.Contains(c), "- _ . : / @ |", "");

    private static CommandError? Check(string field, string? value, int max, Func<char, bool> allowed, string punctuation, string ascii)
    {
        if (string.IsNullOrEmpty(value))
        {
            return new("required", field, $"Trường '{field}' là bắt buộc.", $"The field '{field}' is required.");
        }

        // The value itself is never repeated: it may be huge, or carry markup or control characters.
        return value.Length <= max && value.All(allowed)
            ? null
            : new("invalidIdentifier", field,
                $"Trường '{field}' phải gồm 1–{max} ký tự: chữ cái, chữ số hoặc {punctuation} (không có khoảng trắng).",
                $"The field '{field}' must be 1–{max} {ascii}letters, digits or {punctuation} (no spaces).");
    }
}
