namespace AntiTrafficking.Grains.Units;

/// <summary>A period during which a person is active: from <see cref="From"/> up to the day before <see cref="To"/>.</summary>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Tenure")]
public sealed record Tenure(DateOnly From, DateOnly? To = null);
