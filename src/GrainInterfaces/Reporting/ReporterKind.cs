namespace AntiTrafficking.GrainInterfaces.Reporting;

/// <summary>Who owes reports to the standing office: a district-level People's Committee or a provincial agency.</summary>
[GenerateSerializer, Alias("AntiTrafficking.Reporting.ReporterKind")]
public enum ReporterKind
{
    /// <summary>A district-level unit (UBND huyện, thị xã, thành phố), by GSO code.</summary>
    District,

    /// <summary>A provincial agency of the program, by its code in the agencies file.</summary>
    Agency,
}
