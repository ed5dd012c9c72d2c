using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Kansrijk.Tests.Platform;

/// <summary>One thing a client can ask of the app: a method, a route and, for a page, its named handler.</summary>
public sealed record AppEndpoint(string Method, string Route, string Handler)
{
    public string Key => $"{Method} {Route} {Handler}".TrimEnd();
}

/// <summary>Reads the app's real endpoints from its endpoint data source, with every handler of every page.</summary>
public static class AppEndpoints
{
    public static async Task<IReadOnlyList<AppEndpoint>> ReadAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var result = new List<AppEndpoint>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            // Fingerprinted static files (MapStaticAssets) are public files, not resources anyone is authorised for.
            if (endpoint.Metadata.Any(m => m.GetType().FullName?.StartsWith("Microsoft.AspNetCore.StaticAssets", StringComparison.Ordinal) == true)
                || (!route.StartsWith("/api/", StringComparison.Ordinal) && !route.Contains('{') && Path.HasExtension(route))) continue;
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                if (compiled.HandlerMethods.Count == 0) result.Add(new AppEndpoint("GET", route, ""));
                foreach (var handler in compiled.HandlerMethods)
                {
                    result.Add(new AppEndpoint(handler.HttpMethod.ToUpperInvariant(), route, handler.Name ?? ""));
                }
                continue;
            }
            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            result.AddRange(methods.Select(m => new AppEndpoint(m, route, "")));
        }
        return [.. result.DistinctBy(e => e.Key).OrderBy(e => e.Route, StringComparer.Ordinal).ThenBy(e => e.Method).ThenBy(e => e.Handler)];
    }
}
