using System.Threading.RateLimiting;
using Kansrijk.Access;
using Kansrijk.Coalitions;
using Kansrijk.Demo;
using Kansrijk.Geography;
using Kansrijk.Monitor;
using Kansrijk.Platform.Caching;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Web;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.StaticFiles;
using Serilog;
using Serilog.Formatting.Compact;

namespace Kansrijk.Platform;

public static class KansrijkApp
{
    public const string DemoSwitch = "--demo";

    public static WebApplication Build(string[] args)
    {
        var demo = args.Contains(DemoSwitch);
        var builder = WebApplication.CreateBuilder(args.Where(a => a != DemoSwitch).ToArray());
        if (demo)
        {
            builder.Configuration["Kansrijk:Demo"] = "true";
        }
        var isDevelopment = builder.Environment.IsDevelopment();
        if (builder.Configuration.GetValue<bool>("Kansrijk:Demo") && builder.Environment.IsProduction())
        {
            throw new InvalidOperationException(
                "Demodata wordt nooit geladen in productie. Start met ASPNETCORE_ENVIRONMENT=Development, of zonder --demo.");
        }

        builder.Services.AddSerilog((services, log) =>
        {
            log.ReadFrom.Configuration(builder.Configuration)
                .Enrich.FromLogContext()
                .MinimumLevel.Override("Microsoft.AspNetCore", Serilog.Events.LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", Serilog.Events.LogEventLevel.Warning);
            if (isDevelopment || builder.Environment.IsEnvironment("Testing"))
            {
                log.WriteTo.Console();
            }
            else
            {
                log.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
        });

        // Static files come from the build's manifest (MapStaticAssets), in every environment: a build output (tests,
        // benchmark, `dotnet run`) finds its compressed copies under obj/ through it; a published app has none and
        // serves from its wwwroot, which the publish fills.
        builder.WebHost.UseStaticWebAssets();
        if (!isDevelopment)
        {
            // outside development a build output behaves like a publish: the manifest's year-long caching of
            // fingerprinted files stays, and files are not re-read and re-compressed per request
            builder.Configuration["ReloadStaticAssetsAtRuntime"] ??= "false";
            builder.Configuration["EnableStaticAssetsDevelopmentCaching"] ??= "true";
        }
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = 20 * 1024 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.AddServerHeader = false;
        });

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddKansrijkDatabase();
        services.AddKansrijkAccess(builder.Configuration);
        services.AddScoped<AreaQueries>();
        services.AddMonitor();
        services.AddScoped<CoalitionQueries>();
        services.AddScoped<CoalitionEditor>();
        services.AddScoped<Coalitions.Questionnaire.QuestionnaireEditor>();
        services.AddScoped<Coalitions.Questionnaire.ProgrammeIndicators>();
        services.AddScoped<Coalitions.Report.ProgressReportBuilder>();
        services.AddScoped<Pages.StartPage>();
        services.AddScoped<DemoData>();
        services.AddScoped<MonitorDemoData>();
        services.AddScoped<CoalitionDemoData>();
        services.AddScoped<CarePathDemoData>();
        services.AddHostedService<StartupTasks>();
        services.AddKansrijkHealth();
        services.AddKansrijkCaching(builder.Configuration);
        services.AddKansrijkProblemDetails();
        services.AddOpenApi();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "kansrijk.af";
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/";
            o.Conventions.AuthorizeFolder("/Access/Administration", Policies.Administration);
            o.Conventions.AuthorizeFolder("/Access/Account");
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy("login", context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("Kansrijk:LoginAttemptsPerMinute", 30),
                    Window = TimeSpan.FromMinutes(1),
                }));
        });
        // Behind a TLS proxy the forwarded scheme is https, so this only redirects real plain-HTTP visits.
        services.AddHttpsRedirection(o => o.HttpsPort = builder.Configuration.GetValue<int?>("HttpsPort") ?? 443);
        services.Configure<ForwardedHeadersOptions>(o =>
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);

        var app = builder.Build();

        app.UseForwardedHeaders();
        app.UseKansrijkErrors();
        if (!isDevelopment && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseSecurityHeaders(SecurityHeaders.Policy(isDevelopment));
        app.UseSerilogRequestLogging();
        app.UseKansrijkCaching();
        app.UseRouting();
        // files the build did not fingerprint (none expected); fingerprinted ones are served by MapStaticAssets below
        app.UseStaticFiles(new StaticFileOptions { ContentTypeProvider = StaticContentTypes() });
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapKansrijkHealth();
        app.MapOpenApi();
        app.MapAreaEndpoints();
        app.MapMonitorEndpoints();
        app.MapCoalitionEndpoints();
        Kansrijk.CarePaths.CarePathEndpoints.MapCarePathEndpoints(app);
        // fingerprinted, pre-compressed static files from the build's manifest; a host without it (the import command run
        // inside another program) serves wwwroot through UseStaticFiles above
        if (File.Exists(Path.Combine(AppContext.BaseDirectory, $"{app.Environment.ApplicationName}.staticwebassets.endpoints.json")))
        {
            app.MapStaticAssets();
            app.MapRazorPages().WithStaticAssets();
        }
        else
        {
            app.MapRazorPages();
        }
        return app;
    }

    /// <summary>The map boundaries are TopoJSON, which the default list of file types does not know.</summary>
    private static FileExtensionContentTypeProvider StaticContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".topojson"] = "application/json";
        return types;
    }
}
