namespace AntiTrafficking.Grains.Aggregation;

/// <summary>The province side of <see cref="ILeafSink"/>: one interface per grain class, so that a key resolves to one grain.</summary>
[Alias("AntiTrafficking.IProvinceLeafSink")]
public interface IProvinceLeafSink : ILeafSink
{
}
