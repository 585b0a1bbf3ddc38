using AntiTrafficking.GrainInterfaces.Commands;
using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Grains.Commands;

namespace AntiTrafficking.Grains.Victims;

/// <summary>The checks of a reception's own fields, and the age group kept in clear instead of the birth year.</summary>
internal static class ReceptionRules
{
    /// <summary>The oldest age accepted at reception (the age is the year of reception minus the birth year).</summary>
    private const int MaxAge = 100;

    public static CommandError? Check(ReceivePerson command) =>
        CheckCountry(command.CountryCode)
        ?? CheckBirthYear(command.ReceivedOn, command.BirthYear)
        ?? (command.PersonalData is null ? Refusals.Required("personalData") : null)
        ?? CommandRules.CheckText("personalData.fullName", command.PersonalData!.FullName)
        ?? Defined("place", command.Place)
        ?? Defined("howReturned", command.HowReturned)
        ?? Defined("sex", command.Sex);

    /// <summary>An ISO 3166-1 alpha-2 code.</summary>
    public static CommandError? CheckCountry(string? code) => IsCountryCode(code) ? null : VictimRefusals.InvalidCountry(code ?? "");

    /// <summary>
    /// A birth year giving an age of 0 to <see cref="MaxAge"/> at reception (a year such as 1895 for a person received in
    /// 2013 is refused); the refusal does not repeat the year.
    /// </summary>
    public static CommandError? CheckBirthYear(DateOnly receivedOn, int birthYear) =>
        birthYear > receivedOn.Year || birthYear < receivedOn.Year - MaxAge
            ? VictimRefusals.InvalidBirthYear(MaxAge, receivedOn.Year - MaxAge, receivedOn.Year)
            : null;

    /// <summary>Age at reception: the year of reception minus the birth year.</summary>
    public static AgeGroup AgeGroupAt(DateOnly receivedOn, int birthYear) => (receivedOn.Year - birthYear) switch
    {
        < 16 => AgeGroup.Under16,
        < 18 => AgeGroup.From16To17,
        <= 30 => AgeGroup.From18To30,
        _ => AgeGroup.Over30,
    };

    /// <summary>Refuses a number that names no member of the enum (the grain client can send any).</summary>
    public static CommandError? Defined<T>(string field, T value)
        where T : struct, Enum =>
        Enum.IsDefined(value) ? null : VictimRefusals.UnknownValue(field, value.ToString());

    private static bool IsCountryCode(string? code) => code is { Length: 2 } && code.All(char.IsAsciiLetterUpper);
}
