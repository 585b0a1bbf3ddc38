namespace AntiTrafficking.Indicators;

/// <summary>The kinds of propaganda material; each has a quantity measure (<see cref="Measures.MaterialQuantity"/>).</summary>
public static class MaterialKinds
{
    /// <summary>Banners (băng rôn).</summary>
    public const string Banner = "banner";

    /// <summary>Slogans (khẩu hiệu).</summary>
    public const string Slogan = "slogan";

    /// <summary>Leaflets (tờ gấp).</summary>
    public const string Leaflet = "leaflet";

    /// <summary>Posters (tranh cổ động).</summary>
    public const string Poster = "poster";

    /// <summary>Handbooks (sổ tay).</summary>
    public const string Handbook = "handbook";

    /// <summary>Question-and-answer books (sách hỏi đáp).</summary>
    public const string QaBook = "qaBook";

    /// <summary>Any other material.</summary>
    public const string Other = "other";

    /// <summary>Every kind, in the plan's order.</summary>
    public static IReadOnlyList<string> All { get; } = Array.AsReadOnly([Banner, Slogan, Leaflet, Poster, Handbook, QaBook, Other]);
}
