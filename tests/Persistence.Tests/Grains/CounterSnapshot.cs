namespace AntiTrafficking.Persistence.Tests.Grains;

[GenerateSerializer]
public sealed record CounterSnapshot(
    [property: Id(0)] int Count,
    [property: Id(1)] DateOnly? LastDay,
    [property: Id(2)] IReadOnlyList<string> Notes,
    [property: Id(3)] string? ETag,
    [property: Id(4)] bool RecordExists);
