namespace AntiTrafficking.Grains.Units;

/// <summary>A commune's specialised officials, total and trained, as of a date.</summary>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.OfficialsCount")]
public sealed record OfficialsCount(DateOnly AsOf, int Total, int Trained);
