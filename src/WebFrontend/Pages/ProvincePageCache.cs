using System.Globalization;
using AntiTrafficking.GrainInterfaces.Units;
using AntiTrafficking.WebFrontend.Api;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace AntiTrafficking.WebFrontend.Pages;

/// <summary>
/// The province page as visitors who are not signed in see it is the same for all of them until a figure changes, so
/// it is rendered once per data version, language and query string and then served from memory (ASP.NET Core output
/// caching). The key holds the province's version, asked of the province grain on every request before anything is
/// rendered, so a page served from memory is never older than the figures: the first request after an accepted command
/// renders afresh. Signed-in users (whose pages name them and show their role's links), API keys and responses that set
/// a cookie are never stored nor served from memory.
/// </summary>
public sealed class ProvincePageCache : IOutputCachePolicy
{
    /// <summary>The policy's name, for <see cref="OutputCacheAttribute.PolicyName"/>.</summary>
    public const string Name = "province-page";

    /// <summary>How long an entry may live even while the figures do not change (the default period follows the date).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var shared = HttpMethods.IsGet(request.Method)
            && http.User.Identity?.IsAuthenticated != true
            && !request.Headers.ContainsKey(HeaderNames.Authorization)
            && !request.Headers.ContainsKey("X-Api-Key");
        context.EnableOutputCaching = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = Lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["culture"] = CultureInfo.CurrentUICulture.Name;
        if (shared)
        {
            var province = http.RequestServices.GetRequiredService<PeriodDefaults>().Province;
            var version = await http.RequestServices.GetRequiredService<IGrainFactory>().GetGrain<IProvinceGrain>(province).GetVersionAsync();
            context.CacheVaryByRules.VaryByValues["version"] = version.ToString(CultureInfo.InvariantCulture);
        }

        context.AllowCacheLookup = shared;
        context.AllowCacheStorage = shared;
    }

    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.ContainsKey(HeaderNames.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
