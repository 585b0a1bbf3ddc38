using Microsoft.AspNetCore.Authorization;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>The versioned JSON API (/api/v1) with its OpenAPI document at /openapi/v1.json.</summary>
public static class ApiSetup
{
    /// <summary>Registers the API's services.</summary>
    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        // The API's 401 and 403 as problem details; pages keep the cookie's redirects.
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, ApiAuthorizationResultHandler>();
        builder.Services.AddOpenApi("v1", o => o.AddSchemaTransformer<CallerFilledActor>());
        builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PeriodDefaults>();
        return builder;
    }

    /// <summary>
    /// Maps the API and its OpenAPI document: every group of /api/v1, one per resource, each in a file of this folder
    /// mapped the same way (an extension of the /api/v1 group that sets its own authorization and tag).
    /// </summary>
    public static WebApplication MapApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapGroup("/api/v1")
            .MapCommands().MapQueries().MapEnforcement().MapVictims().MapRecords()
            .MapReportingApi().MapExchange().MapPivot().MapAudit().MapAdministration();
        return app;
    }
}
