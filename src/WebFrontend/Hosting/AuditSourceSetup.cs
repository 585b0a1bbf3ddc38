using AntiTrafficking.GrainInterfaces;

namespace AntiTrafficking.WebFrontend.Hosting;

/// <summary>Tells the grains where each request came from, for the audit trail: "api 10.0.0.5" or "web 10.0.0.5".</summary>
public static class AuditSourceSetup
{
    /// <summary>Puts the source in Orleans' RequestContext, which flows with every grain call the request makes.</summary>
    public static WebApplication UseAuditSource(this WebApplication app)
    {
        app.Use((context, next) =>
        {
            var channel = context.Request.Path.StartsWithSegments("/api") ? "api" : "web";
            RequestContext.Set(AuditSource.RequestContextKey, $"{channel} {context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}");
            return next(context);
        });
        return app;
    }
}
