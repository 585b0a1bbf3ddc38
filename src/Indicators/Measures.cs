namespace AntiTrafficking.Indicators;

/// <summary>
/// The names of the dated measures that scopes produce and program files refer to.
/// Unless said otherwise a measure is a flow: +1 on the date the event happened.
/// </summary>
public static class Measures
{
    /// <summary>Each commune: +1 at <see cref="DateOnly.MinValue"/>.</summary>
    public const string Communes = "units.communes";

    /// <summary>Each district: +1 at <see cref="DateOnly.MinValue"/>.</summary>
    public const string Districts = "units.districts";

    /// <summary>Catalog: +1 on each legal document's issue date.</summary>
    public const string LegalDocsIssued = "legalDocs.issued";

    /// <summary>Commune: +1 on the first delivery of material for each legal document to the commune.</summary>
    public const string LegalDocsConveyedPairs = "legalDocs.conveyedPairs";

    /// <summary>Catalog: +1 at <see cref="DateOnly.MinValue"/> per required guidance document.</summary>
    public const string GuidanceRequired = "guidance.required";

    /// <summary>Catalog: +1 on each required guidance document's issue date.</summary>
    public const string GuidanceIssued = "guidance.issued";

    /// <summary>Commune: respondents, on the survey date.</summary>
    public const string SurveyRespondents = "surveys.respondents";

    /// <summary>Commune: aware respondents, on the survey date.</summary>
    public const string SurveyAware = "surveys.aware";

    /// <summary>District level series: reporters active.</summary>
    public const string ReportersActive = "reporters.active";

    /// <summary>District: 1 while it has at least <see cref="ReportersPerQualifyingDistrict"/> active reporters.</summary>
    public const string ReportersQualifyingDistricts = "reporters.qualifyingDistricts";

    /// <summary>Commune level series: propagandists active.</summary>
    public const string PropagandistsActive = "propagandists.active";

    /// <summary>Commune: 1 while it has at least <see cref="PropagandistsPerQualifyingCommune"/> active propagandists.</summary>
    public const string PropagandistsQualifyingCommunes = "propagandists.qualifyingCommunes";

    /// <summary>Commune level series: specialised officials, from the latest count.</summary>
    public const string OfficialsTotal = "officials.total";

    /// <summary>Commune level series: trained specialised officials, from the latest count.</summary>
    public const string OfficialsTrained = "officials.trained";

    /// <summary>Commune: deliveries of material, on the delivery date.</summary>
    public const string MaterialDeliveries = "materials.deliveries";

    /// <summary>Prefix of the quantity delivered per material kind; see <see cref="MaterialQuantity"/>.</summary>
    public const string MaterialQuantityPrefix = "materials.quantity.";

    /// <summary>+1 on the date each key route or area is designated.</summary>
    public const string KeyAreasDesignated = "keyAreas.designated";

    /// <summary>
    /// Base name of the key areas with a measure applied; the series are per period kind
    /// (see <see cref="ForPeriodKind"/>): +1 on the start date of each year, half or quarter in which
    /// a key area designated on or before that period's end had a measure applied.
    /// </summary>
    public const string KeyAreasMeasured = "keyAreas.measured";

    /// <summary>Tips, on the receipt date.</summary>
    public const string TipsReceived = "tips.received";

    /// <summary>Tips classified so far, on their receipt date (cohort by receipt, status as of now).</summary>
    public const string TipsClassified = "tips.classified";

    /// <summary>Tips classified as showing signs of crime, on their receipt date.</summary>
    public const string TipsWithSigns = "tips.withSigns";

    /// <summary>Tips with signs of crime whose verification is concluded, on their receipt date.</summary>
    public const string TipsWithSignsVerified = "tips.withSignsVerified";

    /// <summary>Cases, on the date sent to court.</summary>
    public const string CasesProsecuted = "cases.prosecuted";

    /// <summary>Cases, on the trial date.</summary>
    public const string CasesTried = "cases.tried";

    /// <summary>Judgments, on the date they came into force.</summary>
    public const string JudgmentsInForce = "judgments.inForce";

    /// <summary>Judgments not later overturned as wrongful, on the date they came into force.</summary>
    public const string JudgmentsInForceSound = "judgments.inForceSound";

    /// <summary>Persons, on the receipt date.</summary>
    public const string PersonsReceived = "persons.received";

    /// <summary>Persons whose verification is concluded, on the receipt date.</summary>
    public const string PersonsVerified = "persons.verified";

    /// <summary>Victims, on the identification date.</summary>
    public const string VictimsIdentified = "victims.identified";

    /// <summary>Victims who received at least one support service (legal aid aside), on the identification date.</summary>
    public const string VictimsSupported = "victims.supported";

    /// <summary>Victims given free legal aid or recorded as declining it, on the identification date.</summary>
    public const string VictimsLegalAid = "victims.legalAid";

    /// <summary>Output: cases opened.</summary>
    public const string CasesOpened = "cases.opened";

    /// <summary>Output: suspects prosecuted.</summary>
    public const string SuspectsProsecuted = "suspects.prosecuted";

    /// <summary>Output: people convicted.</summary>
    public const string PeopleConvicted = "people.convicted";

    /// <summary>Output: victims rescued.</summary>
    public const string VictimsRescued = "victims.rescued";

    /// <summary>Active reporters a district needs to count in <see cref="ReportersQualifyingDistricts"/>.</summary>
    public const int ReportersPerQualifyingDistrict = 5;

    /// <summary>Active propagandists a commune needs to count in <see cref="PropagandistsQualifyingCommunes"/>.</summary>
    public const int PropagandistsPerQualifyingCommune = 10;

    /// <summary>The quantity measure of a material kind, e.g. <c>materials.quantity.leaflet</c>.</summary>
    public static string MaterialQuantity(string kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        return MaterialQuantityPrefix + kind;
    }

    /// <summary>
    /// The per-period-kind variant of a measure: <c>{measure}.year</c>, <c>.half</c> or <c>.quarter</c>,
    /// e.g. <c>keyAreas.measured.quarter</c>.
    /// </summary>
    public static string ForPeriodKind(string measure, PeriodKind kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(measure);
        var suffix = kind switch
        {
            PeriodKind.Year => "year",
            PeriodKind.Half => "half",
            PeriodKind.Quarter => "quarter",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown period kind."),
        };
        return $"{measure}.{suffix}";
    }
}
