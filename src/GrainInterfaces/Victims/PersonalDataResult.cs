using AntiTrafficking.GrainInterfaces.Commands;

namespace AntiTrafficking.GrainInterfaces.Victims;

/// <summary>The answer to a <see cref="ReadRequest"/>: the decrypted data, or why it was refused.</summary>
/// <param name="Data">The personal data; null when refused.</param>
/// <param name="BirthYear">The year of birth; null when refused.</param>
/// <param name="Error">The refusal; null when granted.</param>
[GenerateSerializer, Immutable, Alias("AntiTrafficking.Victims.PersonalDataResult")]
public sealed record PersonalDataResult(PersonalData? Data, int? BirthYear, CommandError? Error = null)
{
    /// <summary>True when the data was released.</summary>
    public bool Granted => Error is null;

    /// <summary>A refusal.</summary>
    public static PersonalDataResult Refused(CommandError error) => new(null, null, error);

    /// <summary>Never the data itself.</summary>
    public override string ToString() => Granted ? "PersonalDataResult { Granted, *** }" : $"PersonalDataResult {{ Refused: {Error!.Code} }}";
}
