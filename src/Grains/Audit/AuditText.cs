using System.Security.Cryptography;
using System.Text;

namespace AntiTrafficking.Grains.Audit;

/// <summary>
/// Makes every text of an audit entry fit its column (deploy/sql/0004): a refused command may carry a key or an id far
/// too long or odd to store, and its refusal must still be audited. Characters PostgreSQL cannot store (NUL, lone
/// surrogates) become U+FFFD; a text longer than its column keeps its start and ends with "…#" and the first hex digits
/// of the original's SHA-256, so distinct long values stay distinct.
/// </summary>
internal static class AuditText
{
    private const int HashDigits = 16;

    public static string? Fit(string? value, int max) => value is null ? null : FitText(value, max);

    public static string FitText(string value, int max)
    {
        var clean = Clean(value);
        if (clean.Length <= max)
        {
            return clean;
        }

        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(clean)))[..HashDigits];
        var keep = max - HashDigits - 2;
        if (char.IsHighSurrogate(clean[keep - 1]))
        {
            keep--;
        }

        return string.Concat(clean.AsSpan(0, keep), "…#", hash);
    }

    private static string Clean(string value)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                : !char.IsLowSurrogate(c) || (i > 0 && char.IsHighSurrogate(value[i - 1]));
            if (c == '\0' || !paired)
            {
                cleaned ??= new StringBuilder(value, 0, i, value.Length);
                cleaned.Append('\uFFFD');
            }
            else
            {
                cleaned?.Append(c);
            }
        }

        return cleaned?.ToString() ?? value;
    }
}
