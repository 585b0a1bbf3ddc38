namespace AntiTrafficking.GrainInterfaces.Commands;

/// <summary>How a form field is entered and read.</summary>
public enum FieldKind
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A calendar date (yyyy-MM-dd from the browser's date picker).</summary>
    Date,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>One of a list of values.</summary>
    Choice,

    /// <summary>Yes or no (a checkbox).</summary>
    Check,

    /// <summary>A commune of the province, chosen under its district.</summary>
    Commune,

    /// <summary>A commune, or its district as a whole when the commune is not known.</summary>
    Place,

    /// <summary>A district of the province.</summary>
    District,

    /// <summary>Several districts of the province (a checkbox each).</summary>
    Districts,

    /// <summary>An agency of the province, chosen by name.</summary>
    Agency,

    /// <summary>The code of one of the site's programs, typed; the form offers the current program's.</summary>
    Program,
}
