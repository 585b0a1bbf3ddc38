namespace AntiTrafficking.Grains.Aggregation;

/// <summary>The district side of <see cref="ILeafSink"/>: one interface per grain class, so that a key resolves to one grain.</summary>
[Alias("AntiTrafficking.IDistrictLeafSink")]
public interface IDistrictLeafSink : ILeafSink
{
}
