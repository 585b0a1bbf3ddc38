using AntiTrafficking.WebFrontend.Analysis;
using AntiTrafficking.WebFrontend.Exchange;

namespace AntiTrafficking.WebFrontend.Api;

/// <summary>The versioned JSON API (/api/v1) with its OpenAPI document at /openapi/v1.json.</summary>
public static class ApiSetup
{
    /// <summary>Registers the API's services.</summary>
    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1", o => o.AddSchemaTransformer<CallerFilledActor>());
        builder.Services.ConfigureHttpJsonOptions(o => ApiJson.Configure(o.SerializerOptions));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<PeriodDefaults>();
        return builder;
    }

    /// <summary>Maps the API and its OpenAPI document.</summary>
    public static WebApplication MapApi(this WebApplication app)
    {
        app.MapOpenApi("/openapi/{documentName}.json");
        app.MapGroup("/api/v1").MapCommands().MapQueries().MapEnforcement().MapVictims().MapRecords().MapExchange().MapPivot();
        return app;
    }
}
