using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.WebFrontend.Privacy;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>A unit's outputs without targets, each count as its reader may see it.</summary>
/// <param name="TableId">The table's id.</param>
/// <param name="Unit">The unit's scorecard, its outputs restricted to those shown.</param>
/// <param name="Counts">The protection of the unit's counts.</param>
/// <param name="Page">The page, for the labels of the outputs' breakdown keys.</param>
public sealed record OutputsTable(string TableId, ScorecardView Unit, ProtectedCounts Counts, UnitPageModel Page);
