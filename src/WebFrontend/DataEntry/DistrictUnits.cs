using AntiTrafficking.GrainInterfaces.Views;

namespace AntiTrafficking.WebFrontend.DataEntry;

/// <summary>A district and its communes, as the unit fields of the forms offer them.</summary>
/// <param name="District">The district.</param>
/// <param name="Communes">Its communes in GSO order.</param>
public sealed record DistrictUnits(UnitSummary District, IReadOnlyList<UnitSummary> Communes);
