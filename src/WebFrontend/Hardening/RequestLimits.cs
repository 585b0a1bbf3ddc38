using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace AntiTrafficking.WebFrontend.Hardening;

/// <summary>
/// Size and media type of request bodies: the JSON API takes small JSON bodies only (64 KiB by default), the rest of
/// the site 1 MiB. A declared length over the limit is refused before anything is read; a chunked body is cut off by
/// the server when it passes the limit, and <see cref="Handler"/> turns that into the same 413 problem.
/// </summary>
internal static class RequestLimits
{
    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            var limit = LimitOf(context);
            if (request.ContentLength > limit)
            {
                await RefusalProblem.TooLarge(limit).WriteAsync(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }

            // Only JSON reaches the API's commands: a form or text/plain post (which a browser sends cross-site
            // without asking) is refused before its body is read. An action without a body (revoking a key) has nothing
            // to refuse.
            if (IsApi(request) && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method))
                && HasBody(request) && !IsJson(request.ContentType))
            {
                await RefusalProblem.UnsupportedMediaType().WriteAsync(context);
                return;
            }

            await next(context);
        });

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0 || request.ContentType is not null;

    private static bool IsApi(HttpRequest request) => request.Path.StartsWithSegments("/api");

    private static long LimitOf(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<HardeningOptions>>().Value;
        return IsApi(context.Request) ? options.MaxApiBodyBytes : options.MaxBodyBytes;
    }

    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Answers a request the server refused while it was being read (a body over the limit, a broken chunk) with a problem, not a 500.</summary>
    internal sealed class Handler : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not BadHttpRequestException refused || httpContext.Response.HasStarted)
            {
                return false;
            }

            var problem = refused.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? RefusalProblem.TooLarge(LimitOf(httpContext))
                : RefusalProblem.ForStatus(refused.StatusCode);
            await problem.WriteAsync(httpContext);
            return true;
        }
    }
}
