using AntiTrafficking.GrainInterfaces;
using AntiTrafficking.GrainInterfaces.Views;
using AntiTrafficking.Indicators;
using AntiTrafficking.WebFrontend.Exchange;
using AntiTrafficking.WebFrontend.Reference;
using AntiTrafficking.WebFrontend.Security;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>
/// The site province's scorecards for the national DHIS2 instance (issue 20.4), under /api/v1/exports: as DHIS2
/// dataValueSets JSON and as ADX XML, for signed-in users and API keys (unsuppressed aggregates). See docs/exchange.md.
/// </summary>
public static class ExchangeEndpoints
{
    private const string Tag = "Exchange";

    /// <summary>Maps the exports under <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapExchange(this RouteGroupBuilder api)
    {
        var exports = api.MapGroup("/exports").RequireAuthorization(Policies.Aggregates);
        exports.MapGet("/dhis2/dataValueSets", (HttpRequest r, IGrainFactory g, PeriodDefaults d, ProgramFiles f, string[]? period, string? level, string? orgUnit) =>
                ExportAsync(r, g, d, period, level, orgUnit, f.Dhis2Mapping, e => Results.Ok(Dhis2DataValueSet.From(e, f.Dhis2Mapping))))
            .Produces<Dhis2DataValueSet>()
            .ProducesExportProblems()
            .WithSummary("Số liệu cho DHIS2 (dataValueSets JSON) / Figures for DHIS2 as dataValueSets JSON")
            .WithDescription(Description);
        exports.MapGet("/adx", (HttpRequest r, IGrainFactory g, PeriodDefaults d, ProgramFiles f, TimeProvider time, string[]? period, string? level, string? orgUnit) =>
                ExportAsync(r, g, d, period, level, orgUnit, f.Dhis2Mapping, e => Results.Bytes(
                    AdxDocument.Build(e, f.Dhis2Mapping.DataSet ?? f.Programs[^1].Code, time.GetUtcNow()), AdxDocument.MediaType)))
            .Produces(StatusCodes.Status200OK, contentType: AdxDocument.MediaType)
            .ProducesExportProblems()
            .WithSummary("Số liệu dạng ADX (IHE) / Figures as IHE ADX XML")
            .WithDescription(Description);
        api.MapGet("/exports/adx.xsd", () => Results.Stream(AdxDocument.Schema(), "application/xml"))
            .Produces(StatusCodes.Status200OK, contentType: "application/xml")
            .WithSummary("Lược đồ XML của thông điệp ADX / XML schema of the ADX messages").WithTags(Tag);
        return api;
    }

    private const string Description =
        "period: 2013, 2013S1 (or 2013-H1), 2013Q2 (or 2013-Q2), a range 2013Q1:2014Q4, or several period values (at most 20 periods); " +
        "default the current year. level: province, district (default) or commune. orgUnit: a GSO code or mapped UID; only that unit " +
        "and the units of the level inside it. Units and data elements come from data/provinces/{code}/dhis2-mapping.json.";

    private static RouteHandlerBuilder ProducesExportProblems(this RouteHandlerBuilder builder) =>
        builder.ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithTags(Tag);

    private static async Task<IResult> ExportAsync(
        HttpRequest request, IGrainFactory grains, PeriodDefaults defaults, string[]? period, string? level, string? orgUnit,
        Dhis2Mapping mapping, Func<ExchangeExport, IResult> write)
    {
        UnitLevel? unitLevel = string.IsNullOrEmpty(level) ? UnitLevel.District : level.ToLowerInvariant() switch
        {
            "province" => UnitLevel.Province,
            "district" => UnitLevel.District,
            "commune" => UnitLevel.Commune,
            _ => null,
        };
        if (unitLevel is null)
        {
            return Problems.Invalid(request, "invalidLevel", "level",
                $"Cấp '{level}' không hợp lệ: province (tỉnh), district (huyện) hoặc commune (xã).",
                $"Invalid level '{level}': province, district or commune.");
        }

        var periods = new List<Period>();
        foreach (var text in period is { Length: > 0 } ? period : [(await defaults.ResolveAsync(null))!])
        {
            if (!ExchangePeriods.TryExpand(text, out var expanded))
            {
                return Problems.Invalid(request, "invalidPeriod", "period",
                    $"Kỳ '{text}' không hợp lệ (ví dụ: 2013, 2013S1, 2013Q2, 2013-Q2, 2013Q1:2013Q4).",
                    $"Invalid period '{text}' (e.g. 2013, 2013S1, 2013Q2, 2013-Q2, 2013Q1:2013Q4).");
            }

            periods.AddRange(expanded.Where(p => !periods.Contains(p)));
        }

        if (periods.Count > ExchangePeriods.MaxPeriods)
        {
            return Problems.Invalid(request, "tooManyPeriods", "period",
                $"Mỗi lần xuất tối đa {ExchangePeriods.MaxPeriods} kỳ.", $"An export covers at most {ExchangePeriods.MaxPeriods} periods.");
        }

        try
        {
            var export = await ExchangeExport.LoadAsync(grains, mapping, defaults.Province, unitLevel.Value, periods, orgUnit);
            return export is null ? Problems.UnknownUnit(request, "orgUnit", orgUnit!) : write(export);
        }
        catch (UnknownUnitException ex)
        {
            return Problems.UnknownUnit(request, "orgUnit", ex.Code);
        }
    }
}
