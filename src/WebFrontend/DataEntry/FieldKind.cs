namespace AntiTrafficking.WebFrontend.DataEntry;

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
}
