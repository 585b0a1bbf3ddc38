namespace AntiTrafficking.Grains.Aggregation;

/// <summary>The commune side of <see cref="ILeafSink"/>: one interface per grain class, so that a key resolves to one grain.</summary>
[Alias("AntiTrafficking.ICommuneLeafSink")]
public interface ICommuneLeafSink : ILeafSink
{
}
