using Kansrijk.Monitor;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;

namespace Kansrijk.Platform.Caching;

/// <summary>
/// Which responses the output cache keeps: GET and HEAD answers with 200 for a visitor who is not logged in, without a
/// cookie set and not marked no-store, keyed by path, every query parameter, the encoding chosen from Accept-Encoding
/// (the body is stored compressed) and the data version in the database. A logged-in user's pages are never looked up nor stored: their
/// start page and navigation are personal, and their forms carry their own antiforgery token.
/// </summary>
public sealed class PublicPageCachePolicy(TimeSpan lifetime, bool enabled = true) : IOutputCachePolicy
{
    /// <summary>Pages that change per visitor or must be live even when nobody is logged in.</summary>
    private static readonly string[] NeverCached = ["/inloggen", "/uitloggen", "/account", "/beheer", "/health", "/gezondheid"];

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var path = request.Path.Value ?? "/";
        var lastSegment = path[(path.LastIndexOf('/') + 1)..];
        var cacheable = enabled
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && !Anonymity.HasSession(request)
            && !lastSegment.Contains('.') // static files have their own, longer caching
            && !NeverCached.Any(p => path.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        context.EnableOutputCaching = cacheable;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true; // many visitors at once after a change: one renders, the others wait for it
        if (!cacheable)
        {
            return;
        }
        var services = context.HttpContext.RequestServices;
        if (await services.GetRequiredService<PublicDataVersion>().CurrentAsync(cancellation) is not { } version)
        {
            // the database cannot be read: serve nothing from the cache, let the page report it
            context.EnableOutputCaching = context.AllowCacheLookup = context.AllowCacheStorage = false;
            return;
        }
        context.CacheVaryByRules.QueryKeys = "*";
        // Origin too: the CORS header a public API answer carries depends on it
        context.CacheVaryByRules.HeaderNames = new StringValues(["Origin"]);
        // the encoding the compression will choose, not the raw list: "gzip, deflate, br, zstd" and "br, gzip" share an entry
        context.CacheVaryByRules.VaryByValues["encoding"] = AcceptedEncoding.Key(request.Headers.AcceptEncoding);
        // the care path pages remember the chosen municipality in a cookie
        context.CacheVaryByRules.VaryByValues["gemeente"] = request.Cookies[Kansrijk.CarePaths.CarePathIndexModel.MunicipalityCookie] ?? "";
        context.CacheVaryByRules.VaryByValues["data"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
        // an import in this process is seen as soon as it commits, before the database version is read again
        context.CacheVaryByRules.VaryByValues["monitor"] = services.GetRequiredService<MonitorDataVersion>().Current.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.ResponseExpirationTimeSpan = lifetime;
        services.GetRequiredService<CacheWarmer>().Saw(request);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || !StringValues.IsNullOrEmpty(response.Headers.SetCookie)
            || response.Headers.CacheControl.ToString().Contains("no-store", StringComparison.OrdinalIgnoreCase)
            || context.HttpContext.User.Identity?.IsAuthenticated == true)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}

/// <summary>Whether a request belongs to a logged-in session, judged by its cookie (before authentication has run).</summary>
public static class Anonymity
{
    public const string SessionCookie = "kansrijk.sessie";

    public static bool HasSession(HttpRequest request) =>
        request.Cookies.Keys.Any(k => k.StartsWith(SessionCookie, StringComparison.Ordinal) || k.StartsWith(".AspNetCore.", StringComparison.Ordinal));
}
