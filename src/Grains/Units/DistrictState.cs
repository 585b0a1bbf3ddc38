using AntiTrafficking.Grains.Commands;

namespace AntiTrafficking.Grains.Units;

/// <summary>A district's own inputs (its communes' are theirs). Key routes and areas join here in Project 2.</summary>
[GenerateSerializer]
public sealed class DistrictState : LedgerState
{
    /// <summary>Reporters (báo cáo viên).</summary>
    [Id(0)]
    public PersonRoster Reporters { get; set; } = new();
}
