namespace AntiTrafficking.GrainInterfaces;

/// <summary>Thrown by queries on a unit code that the reference data does not know.</summary>
[GenerateSerializer, Alias("AntiTrafficking.UnknownUnitException")]
public sealed class UnknownUnitException : Exception
{
    /// <summary>Creates the exception for a unit code.</summary>
    public UnknownUnitException(string code)
        : base($"Không có đơn vị mã '{code}' / Unknown unit code '{code}'.") => Code = code;

    /// <summary>The unknown code.</summary>
    [Id(0)]
    public string Code { get; }
}
