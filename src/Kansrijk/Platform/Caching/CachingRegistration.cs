using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Kansrijk.Platform.Caching;

/// <summary>Compression of responses and the output cache of public pages (docs/decisions/0010-output-cache-and-compression.md).</summary>
public static class CachingRegistration
{
    public static IServiceCollection AddKansrijkCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var lifetime = TimeSpan.FromSeconds(configuration.GetValue("Kansrijk:Cache:PageSeconds", 600));
        services.AddOutputCache(o =>
        {
            o.SizeLimit = configuration.GetValue("Kansrijk:Cache:SizeLimitMegabytes", 200L) * 1024 * 1024;
            // Kansrijk:Cache:Enabled=false turns the output cache off (the benchmark compares both)
            o.AddBasePolicy(new PublicPageCachePolicy(lifetime, configuration.GetValue("Kansrijk:Cache:Enabled", true)));
        });
        services.AddResponseCompression(o =>
        {
            // over HTTPS only what an anonymous visitor gets is compressed (see UseKansrijkCompression): a page with a
            // session and reflected input could otherwise leak its secrets through the compressed size (BREACH)
            o.EnableForHttps = false;
            o.Providers.Add<BrotliCompressionProvider>();
            o.Providers.Add<GzipCompressionProvider>();
            o.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["application/problem+json", "text/csv", "image/svg+xml"]);
        });
        // Brotli "Optimal" (quality 4): a public page is compressed once and then served from the output cache, so the
        // smaller body (the area profile under 25 KB) costs little; gzip stays at Fastest for the rare client without Brotli
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.AddSingleton<CacheWarmer>();
        services.AddHostedService(sp => sp.GetRequiredService<CacheWarmer>());
        return services;
    }

    /// <summary>
    /// First in the pipeline: hands the whole pipeline to <see cref="CacheWarmer"/>, so a warm-up request passes every
    /// middleware a visitor's request passes. Costs nothing per request.
    /// </summary>
    public static IApplicationBuilder UseKansrijkCacheWarming(this IApplicationBuilder app)
    {
        var warmer = app.ApplicationServices.GetRequiredService<CacheWarmer>();
        return app.Use(next =>
        {
            warmer.Attach(next);
            return next;
        });
    }

    /// <summary>Output cache (outside, so it stores the compressed body) and compression.</summary>
    public static IApplicationBuilder UseKansrijkCaching(this IApplicationBuilder app)
    {
        app.UseOutputCache();
        app.UseResponseCompression();
        app.Use((context, next) =>
        {
            if (context.Request.IsHttps && !Anonymity.HasSession(context.Request)
                && context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpsCompressionFeature>() is { } https)
            {
                https.Mode = Microsoft.AspNetCore.Http.Features.HttpsCompressionMode.Compress;
            }
            return next(context);
        });
        return app;
    }
}
