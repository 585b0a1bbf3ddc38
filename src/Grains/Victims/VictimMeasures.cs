using AntiTrafficking.GrainInterfaces.Victims;
using AntiTrafficking.Grains.Enforcement;
using AntiTrafficking.Indicators;

namespace AntiTrafficking.Grains.Victims;

/// <summary>
/// How a person counts: counts only, never personal data. Persons by receipt date (IND-12, and the outputs by place,
/// country, sex, age group and return), victims by identification date (IND-13, IND-14), services and protection
/// measures by the date delivered, reintegration by the closing date. The names beside the shared
/// <see cref="Indicators.Measures"/> are the program file's outputs (measure prefixes).
/// </summary>
internal static class VictimMeasures
{
    public const string ReceivedByPlace = "persons.received.place.";
    public const string ReceivedByCountry = "persons.received.country.";
    public const string ReceivedBySex = "persons.received.sex.";
    public const string ReceivedByAge = "persons.received.age.";
    public const string ReceivedByReturn = "persons.received.return.";
    public const string SupportByKind = "support.";
    public const string ProtectionByMeasure = "protection.";
    public const string Reintegrated = "victims.reintegrated";

    public static MeasureSet From(PersonState person)
    {
        if (!person.Received)
        {
            return MeasureSet.Empty;
        }

        var received = person.ReceivedOn;
        var set = MeasureSet.Empty
            .PlusOne(Measures.PersonsReceived, received)
            .PlusOne(Measures.PersonsVerified, received, person.Outcome is not null)
            .PlusOne(ReceivedByPlace + person.Place.ToString().ToLowerInvariant(), received)
            .PlusOne(ReceivedByCountry + person.CountryCode, received)
            .PlusOne(ReceivedBySex + EnumText.Camel(person.Sex), received)
            .PlusOne(ReceivedByAge + AgeKey(person.AgeGroup), received)
            .PlusOne(ReceivedByReturn + EnumText.Camel(person.HowReturned), received);
        set = person.Support.Aggregate(set, (s, support) => s.PlusOne(SupportByKind + EnumText.Camel(support.Kind), support.ProvidedOn));
        set = person.Protection.Aggregate(set, (s, p) => s.PlusOne(ProtectionByMeasure + EnumText.Camel(p.Measure), p.AppliedOn));

        if (person is { Outcome: IdentificationOutcome.Victim, ConcludedOn: { } identified })
        {
            set = set
                .PlusOne(Measures.VictimsIdentified, identified)
                .PlusOne(Measures.VictimsSupported, identified, person.Support.Any(s => s.Kind != SupportKind.LegalAid))
                .PlusOne(Measures.VictimsLegalAid, identified, person.LegalAidDeclinedOn is not null || person.Support.Any(s => s.Kind == SupportKind.LegalAid));
        }

        return person is { Reintegrated: true, ClosedOn: { } closed } ? set.PlusOne(Reintegrated, closed) : set;
    }

    /// <summary>An age group as the output by age group keys it ("under16", "16to17", "18to30", "over30").</summary>
    public static string AgeKey(AgeGroup group) => group switch
    {
        AgeGroup.Under16 => "under16",
        AgeGroup.From16To17 => "16to17",
        AgeGroup.From18To30 => "18to30",
        _ => "over30",
    };
}
