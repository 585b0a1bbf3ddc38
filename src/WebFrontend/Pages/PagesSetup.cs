using AntiTrafficking.WebFrontend.DataEntry;
using AntiTrafficking.WebFrontend.Reference;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>The Razor Pages front end: scorecards of the province, its districts and communes, in Vietnamese or English.</summary>
public static class PagesSetup
{
    /// <summary>Registers the pages, their texts and their services.</summary>
    public static WebApplicationBuilder AddPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");
        builder.Services.Configure<RequestLocalizationOptions>(Languages.Configure);
        builder.Services.AddRazorPages(o => Records.RecordKinds.AddRoutes(o.Conventions));
        builder.Services.AddOutputCache(o => o.AddPolicy(ProvincePageCache.Name, new ProvincePageCache()));
        builder.Services.AddSingleton<Privacy.SmallCounts>();
        builder.Services.AddSingleton<Analysis.PivotFigures>();
        builder.Services.AddSingleton<ProgramFiles>();
        builder.Services.AddDataEntry();
        return builder;
    }

    /// <summary>Chooses the language of each request, serves what may be served from memory, then maps the pages and the language switch.</summary>
    public static WebApplication MapPages(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.UseOutputCache();
        app.MapRazorPages();
        app.MapLanguageSwitch();
        return app;
    }
}
