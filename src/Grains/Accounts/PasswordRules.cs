using System.Collections.Frozen;
using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.Grains.Accounts;

/// <summary>
/// What a new password must be (NIST SP 800-63B, 5.1.1.2): not blank, at least <see cref="MinimumLength"/> characters,
/// not one character or a short group repeated, and not in the list of common passwords (<c>common-passwords.txt</c>,
/// compared ignoring case and the digits or punctuation it ends with). No rule on character classes.
/// </summary>
internal static class PasswordRules
{
    /// <summary>Shortest password accepted.</summary>
    public const int MinimumLength = 12;

    /// <summary>The longest group whose repetition is refused ("abcabcabcabc").</summary>
    private const int LongestRepeatedGroup = 4;

    private static readonly FrozenSet<string> Common = Load();

    /// <summary>The ASCII digits, punctuation and symbols a password may end with and still be a common one.</summary>
    private static readonly char[] NotLetter = [.. Enumerable.Range(0, 128).Select(c => (char)c).Where(c => !char.IsLetter(c))];

    /// <summary>Null when <paramref name="password"/> may be used, else the refusal (<c>weakPassword</c> on <c>password</c>).</summary>
    public static CommandError? Check(string? password)
    {
        if (string.IsNullOrWhiteSpace(password))
        {
            return Weak("Mật khẩu không được để trống hoặc chỉ có khoảng trắng.", "The password must not be blank or only spaces.");
        }

        if (password.Length < MinimumLength)
        {
            return Weak($"Mật khẩu phải có ít nhất {MinimumLength} ký tự.", $"The password must have at least {MinimumLength} characters.");
        }

        if (Enumerable.Range(1, LongestRepeatedGroup).Any(size => Repeats(password, size)))
        {
            return Weak("Mật khẩu không được chỉ lặp lại một ký tự hoặc một nhóm ký tự ngắn (như 'aaaaaaaaaaaa').",
                "The password must not be one character or a short group repeated (like 'aaaaaaaaaaaa').");
        }

        var lower = password.ToLowerInvariant();
        return Common.Contains(lower) || Common.Contains(lower.TrimEnd(NotLetter))
            ? Weak("Mật khẩu này quá phổ biến hoặc dễ đoán (có trong danh sách mật khẩu thường gặp); hãy chọn mật khẩu khác.",
                "This password is too common or easy to guess (it is in the list of common passwords); choose another.")
            : null;
    }

    private static bool Repeats(string password, int size) =>
        password.Length % size == 0 && Enumerable.Range(size, password.Length - size).All(i => password[i] == password[i % size]);

    private static CommandError Weak(string vi, string en) => new("weakPassword", "password", vi, en);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(PasswordRules).Assembly.GetManifestResourceStream("AntiTrafficking.Grains.Accounts.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => !line.StartsWith('#'))
            .ToFrozenSet(StringComparer.Ordinal);
    }
}
