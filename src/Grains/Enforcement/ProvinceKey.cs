namespace AntiTrafficking.Grains.Enforcement;

/// <summary>
/// Keys of Project 2's grains: "{provinceCode}:{rest}", e.g. "22:CA-TB-2013-001" or "22:2013". Identifiers given by
/// agencies are unique only within their province, as agency codes are, so the key names both.
/// </summary>
internal static class ProvinceKey
{
    public static bool TryParse(string key, out string provinceCode, out string rest)
    {
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        provinceCode = colon > 0 ? key[..colon] : "";
        rest = colon > 0 ? key[(colon + 1)..] : "";
        return colon > 0 && !string.IsNullOrWhiteSpace(rest);
    }
}
