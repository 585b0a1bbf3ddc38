using AntiTrafficking.GrainInterfaces.Victims;

namespace AntiTrafficking.Grains.Victims;

/// <summary>What is encrypted for each person: the identity and the birth year (only the age group stays in clear).</summary>
/// <param name="Data">Name, identity number, address, contact.</param>
/// <param name="BirthYear">Year of birth.</param>
public sealed record PersonalRecord(PersonalData Data, int BirthYear)
{
    /// <summary>Never the data itself.</summary>
    public override string ToString() => "PersonalRecord { *** }";
}
