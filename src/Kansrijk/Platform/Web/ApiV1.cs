using System.Globalization;
using Microsoft.AspNetCore.Cors;

namespace Kansrijk.Platform.Web;

/// <summary>
/// The API by the NL API Design Rules (docs/api.md): everything under /api/v1, an API-Version header on every
/// answer, no trailing slashes, HEAD wherever GET works, CORS for public GETs from any origin and nothing else,
/// and list answers paged the same way (<see cref="Paging"/>).
/// </summary>
public static class ApiV1
{
    public const string Prefix = "/api/v1";
    public const string Version = "1.0.0";
    public const string VersionHeader = "API-Version";
    public const string PublicCors = "publiek";

    /// <summary>The interactive documentation (Scalar): HTML for people, which wants its trailing slash.</summary>
    public const string Docs = Prefix + "/docs";

    public static IServiceCollection AddKansrijkApi(this IServiceCollection services)
    {
        services.AddCors(o => o.AddPolicy(PublicCors, p => p
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .WithHeaders("Accept", "Accept-Language", "Content-Language")
            .WithExposedHeaders(VersionHeader, "Link")
            .SetPreflightMaxAge(TimeSpan.FromHours(1))));
        return services;
    }

    /// <summary>The one group all API modules hang under; its conventions apply to every endpoint in it.</summary>
    public static RouteGroupBuilder MapApiV1(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix);
        group.WithPublicReads();
        return group;
    }

    /// <summary>GET endpoints also answer HEAD (without the body: Kestrel drops body writes for HEAD) and may be read from any origin.</summary>
    public static TBuilder WithPublicReads<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault();
            if (methods is not null && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], acceptCorsPreflight: true));
                endpoint.Metadata.Add(new EnableCorsAttribute(PublicCors));
            }
        });
        return builder;
    }

    /// <summary>API-Version on every /api answer (errors too) and 404 for a path with a trailing slash.</summary>
    public static WebApplication UseKansrijkApiRules(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (!path.StartsWithSegments("/api"))
            {
                await next();
                return;
            }
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[VersionHeader] = Version;
                return Task.CompletedTask;
            });
            if (path.Value!.Length > 1 && path.Value.EndsWith('/') && !path.StartsWithSegments(Docs))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }
            await next();
        });
        return app;
    }
}

/// <summary>One page of a list answer; every list in the API answers in this shape.</summary>
/// <param name="Items">The items on this page.</param>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Items per page (at most <see cref="Paging.MaxPageSize"/>).</param>
/// <param name="Total">Items in the whole list.</param>
/// <param name="Links">self, and next and previous where they exist.</param>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, PageLinks Links);

public sealed record PageLinks(Link Self, Link? Next, Link? Previous);

public sealed record Link(string Href);

public static class Paging
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    /// <summary>The requested page and size, or a problem when they are out of range.</summary>
    public static (int Page, int Size, IResult? Problem) Read(int? page, int? pageSize, int max = MaxPageSize, int fallback = DefaultPageSize)
    {
        if (page is < 1)
        {
            return (0, 0, TypedResults.Problem(statusCode: 400, title: "Ongeldige pagina", detail: "page begint bij 1."));
        }
        if (pageSize is < 1 || pageSize > max)
        {
            return (0, 0, TypedResults.Problem(statusCode: 400, title: "Ongeldige paginagrootte",
                detail: $"pageSize moet tussen 1 en {max} liggen."));
        }
        return (page ?? 1, pageSize ?? Math.Min(fallback, max), null);
    }

    /// <summary>Takes one page from a sequence without building the rest of it.</summary>
    public static PagedList<T> Of<T>(IEnumerable<T> all, int page, int size, HttpRequest request)
    {
        var items = new List<T>(size);
        var total = 0;
        var skip = (long)(page - 1) * size;
        foreach (var item in all)
        {
            if (total >= skip && items.Count < size)
            {
                items.Add(item);
            }
            total++;
        }
        return Make(items, page, size, total, request);
    }

    public static PagedList<T> Make<T>(IReadOnlyList<T> items, int page, int size, int total, HttpRequest request)
    {
        var last = Math.Max(1, (int)Math.Ceiling(total / (double)size));
        return new PagedList<T>(items, page, size, total, new PageLinks(
            new Link(Href(request, page, size)),
            page < last ? new Link(Href(request, page + 1, size)) : null,
            page > 1 ? new Link(Href(request, Math.Min(page - 1, last), size)) : null));
    }

    /// <summary>The same request with another page, as a path with query (relative to the host).</summary>
    private static string Href(HttpRequest request, int page, int size)
    {
        var query = request.Query
            .Where(q => q.Key is not ("page" or "pageSize"))
            .SelectMany(q => q.Value.Select(v => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(v ?? "")}"))
            .Append($"page={page.ToString(CultureInfo.InvariantCulture)}")
            .Append($"pageSize={size.ToString(CultureInfo.InvariantCulture)}");
        return $"{request.PathBase}{request.Path}?{string.Join("&", query)}";
    }
}
