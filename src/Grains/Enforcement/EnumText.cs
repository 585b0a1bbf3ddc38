namespace AntiTrafficking.Grains.Enforcement;

/// <summary>Enum values as the JSON API writes them.</summary>
internal static class EnumText
{
    /// <summary>"SignsOfCrime" → "signsOfCrime".</summary>
    public static string Camel<T>(T value)
        where T : struct, Enum
    {
        var text = value.ToString();
        return char.ToLowerInvariant(text[0]) + text[1..];
    }
}
