namespace AntiTrafficking.Grains.Aggregation;

/// <summary>The silo-internal side of a province: districts push to it.</summary>
[Alias("AntiTrafficking.IProvinceAggregate")]
public interface IProvinceAggregate : IGrainWithStringKey
{
    /// <summary>A district's latest snapshot; older or repeated ones are ignored.</summary>
    [Alias("ReportDistrict")]
    Task ReportDistrictAsync(UnitSnapshot snapshot);
}
