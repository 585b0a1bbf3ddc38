namespace AntiTrafficking.Grains.Aggregation;

/// <summary>Where a leaf's figures count: its commune, else its district, else its province.</summary>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Attribution")]
public sealed record Attribution(string ProvinceCode, string? DistrictCode = null, string? CommuneCode = null)
{
    /// <summary>The grain the leaf reports to.</summary>
    public ILeafSink Sink(IGrainFactory grains) =>
        CommuneCode is { } commune ? grains.GetGrain<ICommuneLeafSink>(commune)
        : DistrictCode is { } district ? grains.GetGrain<IDistrictLeafSink>(district)
        : grains.GetGrain<IProvinceLeafSink>(ProvinceCode);
}
