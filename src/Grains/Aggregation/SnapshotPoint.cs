namespace AntiTrafficking.Grains.Aggregation;

/// <summary>One dated change of a measure, as sent between grains.</summary>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.SnapshotPoint")]
public readonly record struct SnapshotPoint(DateOnly Date, long Delta);
