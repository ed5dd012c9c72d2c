using System.Threading.RateLimiting;
using Kansrijk.Access;
using Kansrijk.Access.AccessLog;
using Kansrijk.Access.Authorization;
using Kansrijk.Access.Sessions;
using Kansrijk.CaseMeetings;
using Kansrijk.Coalitions;
using Kansrijk.Demo;
using Kansrijk.Geography;
using Kansrijk.Monitor;
using Kansrijk.Organisations;
using Kansrijk.Pathways;
using Kansrijk.Platform.Caching;
using Kansrijk.Platform.Database;
using Kansrijk.Platform.Layout;
using Kansrijk.Platform.Mail;
using Kansrijk.Platform.Operations;
using Kansrijk.Platform.Settings;
using Kansrijk.Platform.Web;
using Kansrijk.Signalling;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;
using Quartz;
using Scalar.AspNetCore;
using Serilog;
using Serilog.Formatting.Compact;

namespace Kansrijk.Platform;

public static class KansrijkApp
{
    public const string DemoSwitch = "--demo";

    public static WebApplication Build(string[] args)
    {
        var demo = args.Contains(DemoSwitch);
        var rest = args.Where(a => a != DemoSwitch).ToArray();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = rest, EnvironmentName = DefaultEnvironment(rest) });
        if (demo)
        {
            builder.Configuration["Kansrijk:Demo"] = "true";
        }
        var isDevelopment = builder.Environment.IsDevelopment();
        if (builder.Configuration.GetValue<bool>("Kansrijk:Demo") && !DemoMode.IsAllowed(builder.Environment))
        {
            throw new DemoNotAllowedException(builder.Environment.EnvironmentName);
        }

        builder.Services.AddSerilog((services, log) =>
        {
            // Each line carries the trace and span id of the request (Serilog reads Activity.Current).
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
            k.Limits.MaxRequestBodySize = ErrorHandling.MaximumBodyMegabytes * 1024 * 1024;
            k.Limits.MaxRequestHeadersTotalSize = 32 * 1024;
            k.AddServerHeader = false;
        });

        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddKansrijkSettings();
        services.AddKansrijkDatabase();
        services.AddKansrijkProxyAddresses();
        services.AddKansrijkTelemetry(builder.Configuration);
        services.AddKansrijkApi();
        services.AddKansrijkAccess(builder.Configuration);
        services.AddScoped<AreaQueries>();
        services.AddMonitor();
        services.AddScoped<CoalitionQueries>();
        services.AddScoped<CoalitionEditor>();
        services.AddScoped<CoalitionFormRules>();
        services.AddScoped<CarePaths.CarePathEditor>();
        services.AddScoped<CarePaths.SocialMapTransfer>();
        services.AddScoped<CarePaths.OfferDirectory>();
        services.AddScoped<Coalitions.Questionnaire.QuestionnaireEditor>();
        services.AddScoped<Coalitions.Questionnaire.ProgrammeIndicators>();
        services.AddScoped<Coalitions.Report.ProgressReportBuilder>();
        services.AddOrganisations();
        services.AddKansrijkMail();
        services.AddPathways(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddCaseMeetings();
        services.AddSignalling();
        // The nightly count of the process indicators uses the same scheduler as the pathways' jobs (decision 0017).
        if (builder.Configuration.GetValue($"{Pathways.ScheduleOptions.Section}:Enabled", true))
            services.AddQuartz(q => Monitor.ProcessIndicatorJob.Schedule(q, builder.Configuration));
        services.AddScoped<Pages.StartPage>();
        services.AddScoped<DemoData>();
        services.AddScoped<MonitorDemoData>();
        services.AddScoped<CoalitionDemoData>();
        services.AddScoped<CarePathDemoData>();
        services.AddScoped<CaseMeetingDemoData>();
        services.AddScoped<SignallingDemoData>();
        // First of the hosted services, so that the database is migrated before anything (the key ring) reads it.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, StartupTasks>());
        services.AddKansrijkKeyRing(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddAccessLogSealing();
        services.AddKansrijkHealth();
        services.AddKansrijkCaching(builder.Configuration);
        services.AddKansrijkProblemDetails();
        services.AddKansrijkApiDocument();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "kansrijk.af";
            o.HeaderName = ApiAntiforgery.HeaderName;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        services.AddRazorPages(o =>
        {
            o.RootDirectory = "/";
            o.Conventions.AuthorizeFolder("/Access/Administration", Permissions.UsersManage.Name);
            o.Conventions.AuthorizeFolder("/Access/Account");
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy("login", context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "onbekend",
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IOptions<KansrijkOptions>>().Value.LoginAttemptsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                }));
            o.AddPolicy(Signalling.Pages.QuestionnaireCodeLimit.Policy, Signalling.Pages.QuestionnaireCodeLimit.Partition);
            o.OnRejected = Signalling.Pages.QuestionnaireCodeLimit.OnRejectedAsync;
        });
        // Behind a TLS proxy the forwarded scheme is https, so this only redirects real plain-HTTP visits.
        services.AddOptions<Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionOptions>()
            .Configure<IOptions<KansrijkOptions>>((o, k) => o.HttpsPort = k.Value.HttpsPort);

        var app = builder.Build();

        app.UseKansrijkCacheWarming();
        app.UseForwardedHeaders();
        // Early, so that it also logs what is redirected or refused further on.
        app.UseKansrijkRequestLog();
        app.UseKansrijkErrors();
        app.UseKansrijkApiRules();
        if (!isDevelopment && !app.Environment.IsEnvironment("Testing"))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }
        app.UseApiDocsScripts();
        app.UseSecurityHeaders(SecurityHeaders.Policy(isDevelopment));
        app.UseKansrijkCaching();
        app.UseRouting();
        app.UseCors();
        // files the build did not fingerprint (none expected); fingerprinted ones are served by MapStaticAssets below
        app.UseStaticFiles(new StaticFileOptions { ContentTypeProvider = StaticContentTypes() });
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseApiAntiforgery();
        app.UseKansrijkPasswordChangeGate();
        app.UseAuthorization();
        app.UseDateParts();

        app.MapKansrijkHealth();
        app.MapOpenApi(ApiDocument.Route).WithPublicReads();
        app.MapScalarApiReference(ApiV1.Docs, o => o.WithTitle("Kansrijk API").WithOpenApiRoutePattern(ApiDocument.Route));
        var api = app.MapApiV1();
        api.MapAreaEndpoints();
        api.MapMonitorEndpoints();
        api.MapCoalitionEndpoints();
        Kansrijk.CarePaths.CarePathEndpoints.MapCarePathEndpoints(api);
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

    /// <summary>
    /// The launch profile (dotnet run) sets KANSRIJK_DEFAULT_ENVIRONMENT=Development instead of ASPNETCORE_ENVIRONMENT,
    /// so an environment set explicitly (ASPNETCORE_ENVIRONMENT, DOTNET_ENVIRONMENT or --environment) always wins.
    /// </summary>
    private static string? DefaultEnvironment(string[] args)
    {
        var explicitlySet = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT"))
            || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT"))
            || args.Any(a => a.StartsWith("--environment", StringComparison.OrdinalIgnoreCase) || a.StartsWith("/environment", StringComparison.OrdinalIgnoreCase));
        var fallback = Environment.GetEnvironmentVariable("KANSRIJK_DEFAULT_ENVIRONMENT");
        return explicitlySet || string.IsNullOrEmpty(fallback) ? null : fallback;
    }

    /// <summary>The map boundaries are TopoJSON, which the default list of file types does not know.</summary>
    private static FileExtensionContentTypeProvider StaticContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".topojson"] = "application/json";
        return types;
    }
}
