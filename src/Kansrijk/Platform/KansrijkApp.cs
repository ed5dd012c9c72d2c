using System.Threading.RateLimiting;
using Kansrijk.Access;
using Kansrijk.Access.AccessLog;
using Kansrijk.Access.Authorization;
using Kansrijk.Access.Sessions;
using Kansrijk.Coalitions;
using Kansrijk.Demo;
using Kansrijk.Geography;
using Kansrijk.Monitor;
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

        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = ErrorHandling.MaximumBodyMegabytes * 1024 * 1024;
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
        services.AddScoped<CoalitionFormRules>();
        services.AddScoped<CarePaths.CarePathEditor>();
        services.AddScoped<CarePaths.SocialMapTransfer>();
        services.AddScoped<Coalitions.Questionnaire.QuestionnaireEditor>();
        services.AddScoped<Coalitions.Questionnaire.ProgrammeIndicators>();
        services.AddScoped<Coalitions.Report.ProgressReportBuilder>();
        services.AddScoped<DemoData>();
        services.AddScoped<MonitorDemoData>();
        services.AddScoped<CoalitionDemoData>();
        services.AddScoped<CarePathDemoData>();
        services.AddHostedService<StartupTasks>();
        services.AddAccessLogSealing();
        services.AddKansrijkHealth();
        services.AddKansrijkProblemDetails();
        services.AddOpenApi();
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
        app.UseStaticFiles(new StaticFileOptions { ContentTypeProvider = StaticContentTypes() });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseApiAntiforgery();
        app.UseKansrijkPasswordChangeGate();
        app.UseAuthorization();

        app.MapKansrijkHealth();
        app.MapOpenApi();
        app.MapAreaEndpoints();
        app.MapMonitorEndpoints();
        app.MapCoalitionEndpoints();
        Kansrijk.CarePaths.CarePathEndpoints.MapCarePathEndpoints(app);
        app.MapRazorPages();
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
