namespace AntiTrafficking.GrainInterfaces.Records;

/// <summary>The kinds of records an officer works and finds in a list.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Records.RecordKind")]
public enum RecordKind
{
    /// <summary>A tip (tin báo, tố giác) of Project 2.</summary>
    Tip,

    /// <summary>A criminal case (vụ án) of Project 2.</summary>
    Case,

    /// <summary>A received person (người được tiếp nhận) of Project 3.</summary>
    Person,
}
